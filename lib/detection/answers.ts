import type { ClaimStatus, FrameworkId } from './vocab';
import { findMentions } from './frameworks';
import { namesVendor } from './holders';
import { rx } from './patterns';
import { findCues, pick } from './status';
import type { Env } from './statements';
import { sentences, type Block } from './text';

/**
 * Questionnaires and FAQs state a status as an answer: "Do you have SOC 2 / ISO 27001
 * certification?" then "Not yet." The question names the frameworks and asks the vendor; the answer
 * opens with yes or no. The question alone says nothing (statements.ts skips questions), and the
 * answer alone names no framework.
 */

/** A question to the vendor ("you", "your" in seven languages), about certification or compliance. */
const ASKS_VENDOR = rx(
  String.raw`(?:^|[^\p{L}])(?:you|your|Sie|Ihre?[mnrs]?|vous|votre|vos|usted(?:es)?|você|vocês|voi|vostr[oaie]|u|uw|jullie)(?![\p{L}])`,
  'u',
);
const ABOUT_STANDING = rx(
  String.raw`certif|complian|complies|audit|attest|report|zertifi|konform|conformi|certific|cumpl|gecertificeerd|voldoe`,
  'iu',
);
/** "Do you need …", "should you …": the reader's own obligations, not the vendor's status. */
const READERS_OWN = rx(
  String.raw`\b(?:need|should|must|require[sd]?|have to|want|brauchen|müssen|besoin|necesit|precis|bisogno|nodig)`,
  'iu',
);

/** The answer's opening word: yes, or no / not yet. */
const YES = rx(String.raw`^(?:yes|ja|oui|s[ií]|sim|sì)(?![\p{L}])`, 'iu');
const NO = rx(
  String.raw`^(?:no|not yet|not currently|nein|noch nicht|non|pas encore|todav[ií]a no|a[uú]n no|n[aã]o|ainda n[aã]o|non ancora|nee|nog niet)(?![\p{L}])`,
  'iu',
);

export interface Answered {
  fw: FrameworkId;
  s: ClaimStatus;
  quote: string;
}

/**
 * The statuses the block after question `i` gives the frameworks the question names: the answer's
 * first sentence decides ("Yes, we are working towards it" is in progress); a bare yes holds them, a
 * bare no or "not yet" does not. Null when `i` is no such question or no yes/no answer follows.
 */
export function answeredQuestion(blocks: Block[], i: number, env: Env): Answered[] | null {
  const q = blocks[i]!.t.trim();
  if (!/[?？]$/.test(q) || q.length > 300 || !ABOUT_STANDING.test(q)) return null;
  // "Is Orbita ISO 27001 certified?" asks the vendor by name.
  if (!ASKS_VENDOR.test(q) && !namesVendor(q, env.holders)) return null;
  if (READERS_OWN.test(q)) return null;
  const next = blocks[i + 1];
  if (!next || next.nav) return null;
  const answer = next.t.trim();
  const yes = YES.test(answer);
  if (!yes && !NO.test(answer)) return null;
  const first = sentences(answer)[0] ?? answer;
  const said = pick(findCues(first, env.lang, true).filter((c) => !c.weak));
  const s: ClaimStatus = said && (yes || said !== 'held') ? said : yes ? 'held' : 'not-held';
  const quote = `${q} ${first}`.slice(0, 300);
  const fws = [...new Set(findMentions(q, 10, env.soc2Named).map((m) => m.fw))];
  return fws.map((fw) => ({ fw, s, quote }));
}
