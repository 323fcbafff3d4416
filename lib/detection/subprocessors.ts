import type { Subprocessor } from './schema';
import { shortText, type Block } from './text';

/**
 * Sub-processor lists: tables whose header names an entity column plus a purpose or location column,
 * and short list items under a sub-processor heading. AI/LLM and vector-database providers are flagged
 * because every one of them sees the customer's prompts or embeddings (the seed's "sub-processor sprawl").
 */

const NAME_COL =
  /sub-?processor|\bvendor\b|\bentity\b|\bprovider\b|\bcompany\b|\bname\b|\bthird[-\s]party\b|\bpartner\b/i;
const PURPOSE_COL = /purpose|service|function|processing|description|activit|nature|\buse\b|role/i;
const LOCATION_COL = /location|country|countries|region|jurisdiction|where|hq|headquarter/i;
const SUBPROC = /sub-?processor/i;

const AI_NAME =
  /\b(?:OpenAI|Anthropic|Claude|Gemini|Vertex AI|Google AI|DeepMind|Azure OpenAI|Cohere|Mistral|Pinecone|Weaviate|Qdrant|Chroma(?:DB)?|Hugging ?Face|Bedrock|Together (?:AI|Computer)|Groq|Perplexity|Replicate|Fireworks(?: AI)?|AI21|Stability AI|ElevenLabs|Deepgram|AssemblyAI|Voyage AI|Milvus|Zilliz|LangChain|LangSmith|Langfuse|Baseten|xAI|DeepSeek|Llama)\b/i;
const AI_PURPOSE =
  /\b(?:LLMs?|large language models?|(?:AI )?model (?:inference|hosting|provider)|inference|embeddings?|vector|generative AI|gen ?AI|AI (?:features?|services?|models?|processing|assistant)|machine learning|transcription)\b/i;

export const isAi = (name: string, purpose = ''): boolean =>
  AI_NAME.test(name + ' ' + purpose) || AI_PURPOSE.test(purpose);

const MAX = 1000;

/** Cell text from the already collected blocks; textContent only for cells made of nested blocks. */
type CellText = (cell: Element | undefined, max: number) => string;

function fromTable(table: HTMLTableElement, subContext: boolean, out: Subprocessor[], text: CellText) {
  const rows = table.rows;
  if (!rows.length) return;
  const head = [...rows[0]!.cells].map((c) => text(c, 80));
  const nameAt = head.findIndex((h) => NAME_COL.test(h));
  const purposeAt = head.findIndex((h, i) => i !== nameAt && PURPOSE_COL.test(h));
  const locationAt = head.findIndex((h, i) => i !== nameAt && LOCATION_COL.test(h));
  const named = head.some((h) => SUBPROC.test(h));
  if (nameAt < 0 || (purposeAt < 0 && locationAt < 0) || (!named && !subContext)) return;
  for (let r = 1; r < rows.length && r < 1500 && out.length < MAX; r++) {
    const cells = rows[r]!.cells;
    const name = text(cells[nameAt], 200);
    if (!name || name.length < 2) continue;
    const purpose = purposeAt >= 0 ? text(cells[purposeAt], 300) : '';
    const location = locationAt >= 0 ? text(cells[locationAt], 200) : '';
    out.push({
      name,
      ...(purpose ? { purpose } : {}),
      ...(location ? { location } : {}),
      ai: isAi(name, purpose),
    });
  }
}

/** "OpenAI — LLM inference (United States)" → name, purpose, location. */
function fromItem(t: string): Subprocessor | null {
  if (t.length > 200 || t.length < 2) return null;
  const m = /^([^–—:,(|]{2,80}?)(?: [-–—] | ?[:|] ?| ?, ?| ?(?=\()|$)(.*)$/.exec(t);
  if (!m) return null;
  const name = m[1]!.trim();
  let rest = m[2]!.trim();
  let location = '';
  const loc = /\(([^()]{2,60})\) ?$/.exec(rest);
  if (loc) {
    location = loc[1]!.trim();
    rest = rest.slice(0, loc.index).trim();
  }
  if (name.split(' ').length > 6) return null;
  return {
    name,
    ...(rest ? { purpose: rest.slice(0, 300) } : {}),
    ...(location ? { location } : {}),
    ai: isAi(name, rest),
  };
}

/** Sub-processors listed on the page. `subPage` when the URL/title says the page is a sub-processor list. */
export function extractSubprocessors(doc: Document, blocks: Block[], subPage: boolean): Subprocessor[] {
  const out: Subprocessor[] = [];
  const cellText = new Map<Element, string>();
  for (const b of blocks) if (b.k === 'cell') cellText.set(b.el, b.t);
  const text: CellText = (cell, max) =>
    cell ? (cellText.get(cell)?.slice(0, max) ?? shortText(cell, max)) : '';
  const tables = doc.getElementsByTagName('table');
  for (let i = 0; i < tables.length && i < 50 && out.length < MAX; i++) {
    const t = tables[i] as HTMLTableElement;
    const prev = t.closest('section')?.querySelector('h1,h2,h3,h4');
    const named = subPage || SUBPROC.test(shortText(prev, 120)) || SUBPROC.test(shortText(t.caption, 120));
    fromTable(t, named, out, text);
  }
  let level = 0;
  for (const b of blocks) {
    if (out.length >= MAX) break;
    if (b.k === 'h') {
      level = SUBPROC.test(b.t) && !/\?/.test(b.t) ? b.lv : b.lv <= level ? 0 : level;
      continue;
    }
    if (level && b.k === 'li' && !b.nav && b.el.localName === 'li' && !b.el.closest('table')) {
      const s = fromItem(b.t);
      if (s) out.push(s);
    }
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.name.toLowerCase()) && !!seen.add(s.name.toLowerCase()));
}

/* Test pages: tests/fixtures/pages/portalpilot-trust.html (sub-processor section without a list);
   tables and lists with AI providers in tests/fixtures/extra/ and subprocessors.test.ts. */
