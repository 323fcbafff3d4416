import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * The one Zod every module imports: Zod Mini, whose functions a bundler can drop when unused (the
 * classic API's methods cannot be: they cost the side panel's first load 48 KB of script it never ran).
 *
 * Configured here, where every schema gets it, before any schema parses:
 * - jitless: extension pages forbid eval by CSP. Without it Zod probes `new Function` once (each
 *   blocked probe is reported as a CSP violation) and tries to JIT object parsers.
 * - English messages: Zod Mini has none until a locale is set, and the reviewer reads these
 *   ("vendors[12].tier: Invalid option …").
 */
z.config({ jitless: true, ...en() });

export { z };
