import type { Claim, ThirdPartyClaim } from './schema';
import { squash } from './page-voice';
import { STRENGTH } from './status';
import type { ClaimStatus, FrameworkId } from './vocab';

/**
 * From statements to claims: one entry per framework with the vendor's strongest own status
 * (STRENGTH: held > in-progress > planned > self-attested > aligned > not-held), because a page that
 * says "aligned with ISO 27001" and "we are building towards ISO 27001 certification" is on its way
 * to the certificate. Two exceptions: named products of the vendor at different stages ("Trello has
 * a FedRAMP ATO; Jira is being evaluated") keep both statuses, and a bare badge or card ("SOC 2")
 * counts only when no sentence speaks of that framework.
 */

export interface Statement {
  fw: FrameworkId;
  s: ClaimStatus;
  quote: string;
  period?: Claim['period'];
  /** A bare label with no status word (a badge, a card): held, unless a sentence says more. */
  weak?: boolean;
  /** The vendor's product the statement is about, when it names one. */
  scope?: string | null;
}

const rank = (s: ClaimStatus) => STRENGTH.indexOf(s);
const stronger = (a: Statement, b: Statement) => (rank(a.s) < rank(b.s) ? a : b);
const isSoc2 = (f: FrameworkId) => f.startsWith('soc2');

/**
 * Weak labels give way to any sentence about the same framework (any SOC 2 for an untyped one, and an
 * untyped SOC 2 that is not held for a typed one).
 */
function dropWeak(all: Statement[]): Statement[] {
  return all.filter(
    (x) =>
      !x.weak ||
      !all.some(
        (y) =>
          !y.weak &&
          (y.fw === x.fw ||
            (x.fw === 'soc2' && isSoc2(y.fw)) ||
            // "SofaOps is not SOC 2 certified yet" under a "SOC 2 Type II" card: no SOC 2 of any type.
            (y.fw === 'soc2' && isSoc2(x.fw) && y.s !== 'held')),
      ),
  );
}

/** Products at different stages keep their own status; the vendor-wide one keeps the strongest. */
function byScope(list: Statement[]): Statement[] {
  const groups = new Map<string, Statement>();
  for (const x of list) {
    const key = x.scope ? squash(x.scope) : '';
    const g = groups.get(key);
    groups.set(key, g ? stronger(g, x) : x);
  }
  const best = [...groups.values()].reduce(stronger);
  // A product still on its way (in progress, planned) is news next to one that holds it; a weaker
  // wording of the same status chain is not.
  return [...groups.values()].filter(
    (g) => g === best || (g.scope && (g.s === 'in-progress' || g.s === 'planned') && best.s === 'held'),
  );
}

/** The vendor's claims from its statements. */
export function mergeClaims(statements: Statement[]): Claim[] {
  const byFw = new Map<FrameworkId, Statement[]>();
  for (const x of dropWeak(statements)) byFw.set(x.fw, [...(byFw.get(x.fw) ?? []), x]);
  const out: Statement[] = [];
  for (const list of byFw.values()) out.push(...byScope(list));
  // "SOC 2" without a type adds nothing when a typed SOC 2 is stated as strongly or more.
  const kept = out.filter(
    (c) => c.fw !== 'soc2' || !out.some((t) => isSoc2(t.fw) && t.fw !== 'soc2' && rank(t.s) <= rank(c.s)),
  );
  const seen = new Set<string>();
  return kept
    .filter((c) => !seen.has(`${c.fw}|${c.s}`) && !!seen.add(`${c.fw}|${c.s}`))
    .slice(0, 200)
    .map((c) => ({
      framework: c.fw,
      status: c.s,
      quote: c.quote.slice(0, 300),
      ...(c.period ? { period: c.period } : {}),
    }));
}

export interface ThirdStatement {
  subject: string;
  fw: FrameworkId;
  s: ClaimStatus;
  quote: string;
}

/**
 * Certifications held by third parties, one per (subject, framework). Only what the page states as
 * held is kept: "AWS holds ISO 27001" is a fact a reviewer can check; "aligned with HIPAA" about a
 * host is not.
 */
export function mergeThirdParty(statements: ThirdStatement[]): ThirdPartyClaim[] {
  const seen = new Set<string>();
  const out: ThirdPartyClaim[] = [];
  // As for the vendor: "SOC 2" without a type adds nothing next to the same holder's typed SOC 2.
  const typed = new Set(
    statements.filter((x) => isSoc2(x.fw) && x.fw !== 'soc2').map((x) => squash(x.subject)),
  );
  for (const x of statements) {
    const key = `${squash(x.subject)}|${x.fw}`;
    if (x.s !== 'held' || seen.has(key) || out.length >= 200) continue;
    if (x.fw === 'soc2' && typed.has(squash(x.subject))) continue;
    seen.add(key);
    out.push({
      subject: x.subject.slice(0, 120),
      framework: x.fw,
      status: x.s,
      quote: x.quote.slice(0, 300),
    });
  }
  return out;
}

/* Test pages: tests/fixtures/pages/atlassian-trust-faq.html (FedRAMP held and in progress for two
   products); tests/fixtures/real/trustleads-compliance.html (aligned, then building towards: in progress). */
