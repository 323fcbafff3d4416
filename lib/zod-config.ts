import { z } from 'zod';

/**
 * Extension pages forbid eval by CSP. Without this, Zod probes `new Function` once (each blocked probe
 * is reported as a CSP violation) and tries to JIT object parsers; jitless skips all of that.
 * Import this first in every extension context that uses Zod.
 */
z.config({ jitless: true });
