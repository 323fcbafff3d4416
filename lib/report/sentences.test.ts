import { describe, expect, it } from 'vitest';
import { docOf } from '../../tests/helpers/report-pages';
import { quote, sentences } from './sentences';

describe('sentences', () => {
  it('joins wrapped lines and splits at sentence ends, not at abbreviations or list letters', () => {
    const doc = docOf(
      'We have examined Acme Agents, Inc.’s description. The period ended Dec. 31, 2025 and the\ncontrols were tested. In our opinion, in all material respects,\na. the description presents the system.\nb. the controls were suitably designed.',
    );
    expect(sentences(doc, { start: 0, end: doc.lines.length }).map((s) => s.text)).toEqual([
      'We have examined Acme Agents, Inc.’s description.',
      'The period ended Dec. 31, 2025 and the controls were tested.',
      'In our opinion, in all material respects, a. the description presents the system. b. the controls were suitably designed.',
    ]);
  });

  it('keeps table rows and headings as sentences of their own, with their page', () => {
    const doc = docOf('Scope\nFirst sentence here.', 'CC6.1 | Access | No exceptions noted.\nLast sentence.');
    expect(sentences(doc, { start: 0, end: doc.lines.length })).toEqual([
      { text: 'Scope', page: '1', line: 0 },
      { text: 'First sentence here.', page: '1', line: 1 },
      { text: 'CC6.1 | Access | No exceptions noted.', page: '2', line: 2 },
      { text: 'Last sentence.', page: '2', line: 3 },
    ]);
  });
});

describe('quote', () => {
  it('keeps short sentences whole and cuts long ones around what matters', () => {
    expect(quote('  In our   opinion. ')).toBe('In our opinion.');
    const long = `${'word '.repeat(150)}the period January 1, 2025 to December 31, 2025 ${'tail '.repeat(100)}`;
    const q = quote(long, long.indexOf('the period'));
    expect(q.length).toBeLessThanOrEqual(500);
    expect(q).toMatch(/^….*the period January 1, 2025 to December 31, 2025.*…$/);
  });
});
