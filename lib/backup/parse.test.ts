import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from './format';
import { parseBackup } from './parse';

const v2Text = readFileSync(path.resolve(__dirname, '../../tests/fixtures/backup/v2-backup.json'), 'utf8');
// Tests write deliberately wrong shapes into the file, so it is typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edit = (change: (file: Record<string, any>) => void): string => {
  const file = JSON.parse(v2Text);
  change(file);
  return JSON.stringify(file);
};
const errorOf = (text: string, bytes = text.length) => {
  const r = parseBackup(text, bytes);
  return r.ok ? 'ok' : r.error;
};

describe('parseBackup', () => {
  it('accepts the v2 fixture, a byte-order mark and exactly 50 MB', () => {
    expect(errorOf(v2Text)).toBe('ok');
    expect(errorOf(`\uFEFF${v2Text}`)).toBe('ok');
    expect(errorOf(v2Text, MAX_BACKUP_BYTES)).toBe('ok');
    expect(errorOf(v2Text, MAX_BACKUP_BYTES + 1)).toBe(
      'The file is 50.0 MB; backups over 50 MB are refused.',
    );
  });

  it('names what is wrong in one line', () => {
    expect(errorOf('')).toMatch(/^The file is not valid JSON \(it may be truncated\): /);
    expect(errorOf('[1,2]')).toBe('This is not a Vendorscope backup (it has no "app": "vendorscope" field).');
    expect(errorOf(edit((f) => delete f.formatVersion))).toMatch(/no valid format version/);
    expect(errorOf(edit((f) => (f.formatVersion = '2')))).toMatch(/no valid format version/);
    expect(errorOf(edit((f) => (f.formatVersion = 12)))).toBe(
      'This backup is format 12, newer than this Vendorscope (format 2); update Vendorscope first.',
    );
    expect(errorOf(edit((f) => (f.extra = true)))).toBe('The backup: Unrecognized key: "extra".');
    expect(errorOf(edit((f) => delete f.tables.notes))).toMatch(/^notes: Invalid input: expected array/);
    expect(errorOf(edit((f) => (f.exportedAt = 'yesterday')))).toMatch(/^exportedAt: Invalid ISO datetime/);
    expect(errorOf(edit((f) => (f.tables.answers[2].evidence[0].url = 'not a url')))).toMatch(
      /^answers\[2\]\.evidence\[0\]\.url: Invalid URL/,
    );
    expect(
      errorOf(
        edit((f) => {
          f.tables.vendors[0].tier = 'yolo';
          f.tables.vendors[2].tier = 'yolo';
        }),
      ),
    ).toMatch(/^vendors\[0\]\.tier: Invalid option: .* \(and 1 more problem\)\.$/);
    expect(errorOf(edit((f) => f.tables.notes.push(f.tables.notes[0])))).toBe(
      'notes[2].id: Duplicate id "n-acme" (also at notes[0]).',
    );
    for (const text of ['{', 'null', '"vendorscope"', edit((f) => (f.tables = null))])
      expect(errorOf(text)).toMatch(/^[^\n]+\.$/);
  });
});
