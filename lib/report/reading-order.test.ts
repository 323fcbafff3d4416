import { describe, expect, it } from 'vitest';
import { pageLines, type TextRun } from './reading-order';

/** A run of text at (x, y), with Helvetica-like widths (half the font size per character). */
const run = (str: string, x: number, y: number, size = 10, angle = 0): TextRun => {
  const rad = (angle * Math.PI) / 180;
  return {
    str,
    transform: [
      size * Math.cos(rad),
      size * Math.sin(rad),
      -size * Math.sin(rad),
      size * Math.cos(rad),
      x,
      y,
    ],
    width: str.length * size * 0.5,
    height: size,
  };
};

describe('pageLines', () => {
  it('orders lines top to bottom and runs left to right, whatever the drawing order', () => {
    const runs = [run('second line', 72, 680), run('world', 100, 700), run('Hello', 72, 700)];
    expect(pageLines(runs)).toEqual(['Hello world', 'second line']);
  });

  it('keeps runs on one line despite small baseline shifts (superscripts, kerning)', () => {
    expect(pageLines([run('SOC 2', 72, 700), run('®', 97, 703, 6), run('Type 2', 103, 700.4)])).toEqual([
      'SOC 2® Type 2',
    ]);
  });

  it('joins pieces of one word without a space and words with one', () => {
    // "Excep" + "tion" touch; "noted." starts one space further on.
    const runs = [run('Excep', 72, 700), run('tion', 97, 700), run('noted.', 120, 700)];
    expect(pageLines(runs)).toEqual(['Exception noted.']);
  });

  it('rebuilds a table drawn column by column, with wrapped cells aligned on their columns', () => {
    // Column 1 then column 2 then column 3, as some report generators draw them.
    const runs = [
      run('CC6.1', 72, 600),
      run('CC6.2', 72, 560),
      run('Access requires MFA.', 140, 600),
      run('Terminated users are', 140, 560),
      run('removed within a day.', 140, 548),
      run('No exceptions noted.', 330, 600),
      run('Exception noted. For 2', 330, 560),
      run('of 25 users, access', 330, 548),
      run('stayed active.', 330, 536),
    ];
    expect(pageLines(runs)).toEqual([
      'CC6.1 | Access requires MFA. | No exceptions noted.',
      'CC6.2 | Terminated users are | Exception noted. For 2',
      '| removed within a day. | of 25 users, access',
      '| | stayed active.',
    ]);
  });

  it('marks a table row whose only text is in its first column', () => {
    const runs = [run('A1.2', 72, 600), run('Backups run daily.', 140, 600), run('(cont.)', 72, 588)];
    expect(pageLines(runs)).toEqual(['A1.2 | Backups run daily.', '(cont.) |']);
  });

  it('ends a table at a paragraph that spans the columns', () => {
    const runs = [
      run('CC7.1', 72, 600),
      run('Scans run weekly.', 140, 600),
      run('The results of tests are described in the table above and in the notes below it.', 72, 588),
    ];
    expect(pageLines(runs)).toEqual([
      'CC7.1 | Scans run weekly.',
      'The results of tests are described in the table above and in the notes below it.',
    ]);
  });

  it('puts a diagonal watermark and an oversized stamp after the body text', () => {
    const runs = [
      run('CONFIDENTIAL', 150, 300, 60, 45),
      run('In our opinion, in all', 72, 400),
      run('DRAFT', 200, 396, 72),
      run('material respects, the description presents fairly', 72, 387),
    ];
    const lines = pageLines(runs);
    expect(lines.slice(0, 2)).toEqual([
      'In our opinion, in all',
      'material respects, the description presents fairly',
    ]);
    expect(lines.slice(2).sort()).toEqual(['CONFIDENTIAL', 'DRAFT']);
  });

  it('reads a page whose whole body is rotated (landscape content)', () => {
    // Turned a quarter left: the first line is the leftmost one.
    const runs = [run('second', 300, 72, 10, 90), run('first', 288, 72, 10, 90)];
    expect(pageLines(runs)).toEqual(['first', 'second']);
  });

  it('ignores empty and whitespace-only runs', () => {
    expect(pageLines([run('', 72, 700), run('   ', 80, 700), run('Scope', 72, 680)])).toEqual(['Scope']);
    expect(pageLines([])).toEqual([]);
  });

  it('keeps a large heading in its own band where it stands', () => {
    const runs = [
      run('Cover note', 72, 720),
      run('INDEPENDENT SERVICE AUDITOR’S REPORT', 72, 680, 28),
      run('We have examined the description.', 72, 640),
    ];
    expect(pageLines(runs)).toEqual([
      'Cover note',
      'INDEPENDENT SERVICE AUDITOR’S REPORT',
      'We have examined the description.',
    ]);
  });

  it('keeps a justified line drawn word by word as one line of text, however wide its spaces', () => {
    const words = ['We', 'have', 'examined', 'the', 'description', 'of', 'the', 'system.'];
    let x = 72;
    const runs = words.map((w) => {
      const r = run(w, x, 700);
      x += r.width + 9; // wider than a cell gap, but every gap alike
      return r;
    });
    expect(pageLines(runs)).toEqual(['We have examined the description of the system.']);
  });

  it('still splits a table row drawn word by word at its column gaps', () => {
    const runs = [
      run('CC6.1', 72, 600),
      run('Access', 140, 600),
      run('requires', 173, 600),
      run('MFA.', 215, 600),
    ];
    expect(pageLines(runs)).toEqual(['CC6.1 | Access requires MFA.']);
  });

  it('moves the cells of a vertically centred row to its top, so the row starts with its id', () => {
    // Row 1: three lines of activity, id and result centred on the middle line; row 2 one line, 10 pt lower.
    const runs = [
      run('Access to the console', 140, 600),
      run('CC6.1', 72, 588),
      run('requires single sign-on', 140, 588),
      run('No exceptions noted.', 330, 588),
      run('with MFA.', 140, 576),
      run('CC6.2', 72, 554),
      run('Access is reviewed.', 140, 554),
      run('Exception noted.', 330, 554),
    ];
    expect(pageLines(runs)).toEqual([
      'CC6.1 | Access to the console | No exceptions noted.',
      '| requires single sign-on',
      '| with MFA.',
      'CC6.2 | Access is reviewed. | Exception noted.',
    ]);
  });

  it('finds the rows of a table whose every row is centred (no full line step inside any row)', () => {
    // Each row: two lines of activity 10 pt apart, the id and result centred between them, rows 20 pt apart.
    const row = (id: string, top: number) => [
      run(`${id} activity first line`, 140, top),
      run(id, 72, top - 5),
      run(`${id} result.`, 330, top - 5),
      run(`${id} activity second line`, 140, top - 10),
    ];
    expect(pageLines([...row('CC6.1', 600), ...row('CC6.2', 570)])).toEqual([
      'CC6.1 | CC6.1 activity first line | CC6.1 result.',
      '| CC6.1 activity second line',
      'CC6.2 | CC6.2 activity first line | CC6.2 result.',
      '| CC6.2 activity second line',
    ]);
  });
});
