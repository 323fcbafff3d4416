import { z } from '../zod';

/**
 * A calendar date as YYYY-MM-DD, the one validator for stored dates. It lives here rather than in
 * lib/db so that feature schemas the database stores (lib/report) can use it without importing the
 * database schema back.
 */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
  z.refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Not a real calendar date',
    },
  ),
);
