import type { z } from '../zod';
import {
  backupV1Schema,
  backupV2Schema,
  CURRENT_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  type Backup,
} from './format';
import { answerValueProblem } from './answer-values';
import { migrateBackupV1toV2 } from './migrate-v1';
import { MAX_BACKUP_DEPTH, nestingDepth } from './nesting';

/** The outcome of reading a backup file: a current-format backup, or one line saying what is wrong. */
export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

const MB = 1024 * 1024;

/**
 * Reads a backup file's text into a current-format backup, migrating older formats. Never throws:
 * every refusal is a one-line message for the reviewer, naming the first problem found.
 * @param byteLength the file's size in bytes (`File.size`), checked before the text is parsed
 */
export function parseBackup(text: string, byteLength: number): ParseResult {
  try {
    return parse(text, byteLength);
  } catch (e) {
    // Defensive: nothing below should throw, but a thrown error must still reach the reviewer as text.
    return {
      ok: false,
      error: `The backup could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function parse(text: string, byteLength: number): ParseResult {
  if (byteLength > MAX_BACKUP_BYTES)
    return fail(
      `The file is ${(byteLength / MB).toFixed(1)} MB; backups over ${MAX_BACKUP_BYTES / MB} MB are refused.`,
    );

  const depth = nestingDepth(text, MAX_BACKUP_DEPTH);
  if (depth > MAX_BACKUP_DEPTH)
    return fail(
      `The file nests more than ${MAX_BACKUP_DEPTH} levels deep; a Vendorscope backup nests about ten, so this is not one.`,
    );

  let data: unknown;
  try {
    // Editors on Windows may save with a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(
      `The file is not valid JSON (it may be truncated): ${e instanceof Error ? e.message : String(e)}`,
    );
  }

  if (!isObject(data) || data.app !== 'vendorscope')
    return fail('This is not a Vendorscope backup (it has no "app": "vendorscope" field).');

  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('This backup has no valid format version ("formatVersion" should be a whole number).');
  if (version > CURRENT_FORMAT_VERSION)
    return fail(
      `This backup is format ${version}, newer than this Vendorscope (format ${CURRENT_FORMAT_VERSION}); update Vendorscope first.`,
    );

  let backup: Backup;
  if (version === 1) {
    const v1 = backupV1Schema.safeParse(data);
    if (!v1.success) return fail(describe(v1.error));
    backup = migrateBackupV1toV2(v1.data);
  } else {
    const v2 = backupV2Schema.safeParse(data);
    if (!v2.success) return fail(describe(v2.error));
    backup = v2.data;
  }
  // What the UI would refuse, a restore refuses too: nothing the panel could not have saved.
  const problem = answerValueProblem(backup);
  return problem ? fail(problem) : { ok: true, backup };
}

/** Every message ends as a sentence, so the UI can append its own (“Nothing was changed.”). */
const fail = (error: string): ParseResult => ({
  ok: false,
  error: /[.!?]$/.test(error) ? error : `${error}.`,
});

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The first Zod issue as `vendors[12].tier: Invalid option …`, plus how many more there are. */
function describe(error: z.core.$ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'The backup does not match the expected format.';
  // Records live under `tables`; the reviewer thinks in tables, so that prefix is dropped.
  const path = first.path[0] === 'tables' && first.path.length > 1 ? first.path.slice(1) : first.path;
  const where = formatPath(path) || 'The backup';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  return `${where}: ${first.message}${more}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}
