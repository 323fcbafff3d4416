import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-stylesheets.mjs';

const page = (links: string) =>
  `<html>\n  <head>\n    <script async src="/a.js"></script>\n${links}  </head>\n</html>\n`;

describe('inlineStylesheets', () => {
  it('puts each stylesheet, in order, where its link was, and keeps everything else', () => {
    const files: Record<string, string> = {
      'assets/one.css': 'a{color:red}\n',
      'assets/two.css': 'b{color:blue}',
    };
    const html = page(
      '    <link rel="stylesheet" crossorigin href="/assets/one.css">\n' +
        '    <link rel="modulepreload" crossorigin href="/chunks/x.js">\n' +
        '    <link rel="stylesheet" crossorigin href="/assets/two.css">\n',
    );
    expect(inlineStylesheets(html, (f) => files[f]!)).toBe(
      page(
        '    <style>a{color:red}</style>\n' +
          '    <link rel="modulepreload" crossorigin href="/chunks/x.js">\n' +
          '    <style>b{color:blue}</style>\n',
      ),
    );
  });

  it('leaves a page without stylesheets as it is', () => {
    const html = page('');
    expect(inlineStylesheets(html, () => 'never read')).toBe(html);
  });

  it('refuses what would change meaning once inline', () => {
    const link = page('    <link rel="stylesheet" href="/assets/s.css">\n');
    expect(() => inlineStylesheets(link, () => 'a{}</style><script>x()</script>')).toThrow(/<\/style/);
    expect(() => inlineStylesheets(link, () => 'a{background:url(i.png)}')).toThrow(/url\(\)/);
    expect(() =>
      inlineStylesheets(page('    <link rel="stylesheet" href="https://cdn.example/s.css">\n'), () => ''),
    ).toThrow(/not a stylesheet of this extension/);
  });
});
