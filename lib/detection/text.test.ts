import { describe, expect, it } from 'vitest';
import { collectBlocks, MAX_CHARS, MAX_ELEMENTS, MAX_EMBEDS } from './text';
import { detect } from './detect';
import { html, makeDoc } from '@/tests/helpers/detection';

describe('collectBlocks caps', () => {
  it('stops walking at the element cap instead of stepping over the rest of a huge page', async () => {
    const body = '<p>Access is reviewed quarterly.</p>'.repeat(MAX_ELEMENTS * 5);
    const { doc, close } = makeDoc(html('Acme Trust Center', body), 'https://trust.acme.example/');
    try {
      // Count sibling steps: each one touched from script costs a wrapper object in the browser.
      const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.body.firstChild!)) as object;
      let owner: object | null = proto;
      while (owner && !Object.getOwnPropertyDescriptor(owner, 'nextSibling'))
        owner = Object.getPrototypeOf(owner) as object | null;
      const descriptor = Object.getOwnPropertyDescriptor(owner!, 'nextSibling')!;
      let steps = 0;
      Object.defineProperty(owner!, 'nextSibling', {
        ...descriptor,
        get(this: Node) {
          steps++;
          return descriptor.get!.call(this) as Node | null;
        },
      });
      try {
        const blocks = collectBlocks(doc);
        expect(blocks.length).toBeGreaterThan(100);
        expect(blocks.reduce((n, b) => n + b.t.length, 0)).toBeLessThanOrEqual(MAX_CHARS + 8000);
        expect(steps).toBeLessThanOrEqual(MAX_ELEMENTS + 10);
      } finally {
        Object.defineProperty(owner!, 'nextSibling', descriptor);
      }
    } finally {
      await close();
    }
  });
});

describe('embeds met by the walk', () => {
  it('hands back the body’s scripts and iframes in document order, at most MAX_EMBEDS', async () => {
    const body =
      '<p>Intro</p><iframe src="https://a.example/frame"></iframe><div><script src="/one.js"></script></div>' +
      '<script src="/x.js"></script>'.repeat(MAX_EMBEDS + 20);
    const { doc, close } = makeDoc(html('Acme Trust Center', body), 'https://trust.acme.example/');
    try {
      const embeds: Element[] = [];
      collectBlocks(doc, embeds);
      expect(embeds).toHaveLength(MAX_EMBEDS);
      expect(embeds.slice(0, 2).map((e) => e.getAttribute('src'))).toEqual([
        'https://a.example/frame',
        '/one.js',
      ]);
    } finally {
      await close();
    }
  });

  it('detection never lists every script or iframe of a huge document: the walk meets them', async () => {
    const body = '<p>Access is reviewed quarterly.</p>'.repeat(MAX_ELEMENTS * 3);
    const { doc, close } = makeDoc(html('Acme Trust Center', body), 'https://trust.acme.example/');
    const scripts = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(doc), 'scripts');
    const byTag = doc.getElementsByTagName.bind(doc);
    const asked: string[] = [];
    try {
      Object.defineProperty(doc, 'scripts', { get: () => (asked.push('scripts'), scripts?.get?.call(doc)) });
      doc.getElementsByTagName = ((tag: string) => (asked.push(tag), byTag(tag))) as typeof byTag;
      // As the extension runs it: the background's gate has passed the page.
      expect(detect(doc, 'https://trust.acme.example/', { gated: true }).isTrustPage).toBe(true);
      // Tables are still listed document-wide: a sub-processor annex can follow a long text.
      expect(asked.filter((t) => t !== 'table')).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('block text as matching sees it', () => {
  const blocksOf = async (body: string) => {
    const { doc, close } = makeDoc(html('Acme Trust Center', body), 'https://trust.acme.example/');
    try {
      return collectBlocks(doc).map((b) => b.t);
    } finally {
      await close();
    }
  };

  it('drops invisible format characters hidden inside words', async () => {
    expect(await blocksOf('<p>Open\u200dAI and Anthro\u00adpic, \u200eSOC\u2060 2\u200f</p>')).toEqual([
      'OpenAI and Anthropic, SOC 2',
    ]);
  });

  it('reads a zero-width space as a word break and folds compatibility forms', async () => {
    expect(await blocksOf('<p>SOC\u200b2 Type II and ＩＳＯ ２７００１</p>')).toEqual([
      'SOC 2 Type II and ISO 27001',
    ]);
  });
});
