import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { boundedText } from './bounded-text';

const dom = (html: string) => {
  const w = new Window();
  w.document.body.innerHTML = html;
  return w.document as unknown as Document;
};

describe('bounded text', () => {
  it('reads nested text in document order', () => {
    const d = dom('<div id=a>one <b>two <i>three</i></b> four<p>five</p></div><p>outside</p>');
    expect(boundedText(d.getElementById('a'), 100)).toBe('one two three fourfive');
  });

  it('gives up past the limit instead of copying everything', () => {
    const d = dom(`<div id=a>${'<span>word </span>'.repeat(10_000)}</div>`);
    expect(boundedText(d.getElementById('a'), 500)).toBeNull();
    expect(boundedText(d.getElementById('a'), 100_000)).toHaveLength(50_000);
  });

  it('gives up on a huge subtree of empty elements too', () => {
    const d = dom(`<div id=a>${'<i></i>'.repeat(5_000)}x</div>`);
    expect(boundedText(d.getElementById('a'), 1000)).toBeNull();
  });

  it('handles missing and empty nodes', () => {
    expect(boundedText(null, 10)).toBe('');
    expect(boundedText(dom('<p id=e></p>').getElementById('e'), 10)).toBe('');
  });
});
