import type { ClaimStatus } from './vocab';

/**
 * Status wording. A cue is a phrase that states where the vendor stands. When several cues apply to
 * one framework the most cautious wins (PRIORITY): "not yet certified" is not-held, "readiness review
 * on roadmap" is planned, "completed our CAIQ self-assessment" is self-attested, never held.
 */
export const PRIORITY: ClaimStatus[] = [
  'not-held',
  'planned',
  'in-progress',
  'self-attested',
  'aligned',
  'held',
];

const CUES: [ClaimStatus, RegExp][] = [
  [
    'not-held',
    /\b(?:do(?:es)? not|don['’]t|doesn['’]t|have not|has not|haven['’]t|hasn['’]t|are not|is not|aren['’]t|isn['’]t) (?:currently |yet |ever )?(?:hold|have|possess|maintain|claim|achieved|obtained|received|completed|undergone|been (?:certified|audited)|certified|compliant|audited)\b|\bnot (?:yet )?(?:certified|compliant|audited|accredited|authori[sz]ed)\b|\bno (?:current )?(?=(?:SOC|ISO|HIPAA|PCI|FedRAMP|CSA|GDPR)\b)|\bnot held\b/gi,
  ],
  [
    'planned',
    /\bplanned\b|\bon (?:the |our )?(?:[\w-]+ ){0,2}roadmap\b|\bplan(?:s|ning)? to (?:pursue|obtain|achieve|get|complete|begin|start|undergo|become)\b|\bintends? to (?:pursue|obtain|achieve|get|complete|become)\b|\bcoming soon\b|\bupcoming\b|\bscheduled for\b/gi,
  ],
  [
    'in-progress',
    /\bin[\s-]+progress\b|\bin[\s-]+process\b|\bunder ?way\b|\bundergoing\b|\b(?:is|are|currently) being (?:evaluated|audited|assessed|reviewed|pursued|implemented|prepared)\b|\bpursuing\b|\bworking (?:toward|towards|on)\b|\bpreparing\b|\bin preparation\b|\breadiness\b|\bobservation (?:period|window) (?:is )?(?:underway|in progress|started|began)|\bpending\b|\bin the process of\b|\bexpected (?:in|by) (?:Q[1-4]|20\d\d|early|mid|late)/gi,
  ],
  [
    'self-attested',
    /\bself[\s-]?(?:attest(?:ation|ed|s)?|assess(?:ment|ed)?|certif(?:ied|ication)|declar(?:ation|ed))\b/gi,
  ],
  [
    'held',
    /\bcertified\b|\b(?:achieved|obtained|attained|earned|received|awarded|passed|maintains?|maintained|holds?|hold)\b|\baudited\b|(?<!self[\s-]?)\battested\b|\bcompliant\b|\b(?:has|have) been (?:evaluated|audited|assessed|certified|validated|verified|tested|reviewed|granted)\b|\bcompleted\b|\bcovered (?:in|by)\b|\breport (?:is )?(?:available|on request|upon request)\b|\bauthori[sz]ation to operate\b|\bauthori[sz]ed\b|\blisted (?:in|on)\b|\bsuccessfully\b|\bvalid (?:until|through|from|to)\b|\bBAAs? (?:signed|available)\b|\bsigns? (?:a )?BAAs?\b|\bundergoes\b|\bcompl(?:y|ies) with\b|\bin compliance with\b/gi,
  ],
];

/** Whole-cell status words in tables and status chips ("SOC 2 Type II | Planned"). */
const CELL: [ClaimStatus, RegExp][] = [
  [
    'held',
    /^(?:live|active|yes|done|complete|completed|achieved|certified|compliant|in place|current|valid|✓|✔|✅)$/i,
  ],
  ['not-held', /^(?:no|not yet|none|not started|✗|✘|❌)$/i],
];

export interface Cue {
  s: ClaimStatus;
  start: number;
  end: number;
}

/** All cues in a text. */
export function findCues(t: string): Cue[] {
  const out: Cue[] = [];
  for (const [s, re] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      out.push({ s, start: m.index, end: m.index + m[0].length });
      if (!m[0]) re.lastIndex++;
    }
  }
  return out;
}

/** The status a short standalone cell or chip states, if its whole text is a status word. */
export function cellStatus(t: string): ClaimStatus | null {
  const c = t.replace(/[.!]+$/, '').trim();
  for (const [s, re] of CELL) if (re.test(c)) return s;
  const cues = findCues(c);
  return c.length <= 40 && cues.length ? pick(cues.map((x) => x.s)) : null;
}

/** The most cautious of several statuses. */
export function pick(ss: ClaimStatus[]): ClaimStatus | null {
  for (const p of PRIORITY) if (ss.includes(p)) return p;
  return null;
}

/**
 * "aligned" is only read right next to the framework ("aligned with ISO 42001", "NIST AI RMF-aligned"):
 * "our controls align with industry standards" elsewhere in a sentence says nothing about a framework.
 */
const ALIGN_BEFORE =
  /\b(?:(?:align(?:s|ed)?|alignment|in line|consistent|mapped|maps?) (?:to|with)|based on|modell?ed on|follows?) (?:the )?(?:requirements of (?:the )?)?$/i;
const ALIGN_AFTER = /^[\s-]*(?:aligned|alignment|based|mapped)\b/i;

export const alignedAt = (before: string, after: string): boolean =>
  ALIGN_BEFORE.test(before.slice(-60)) || ALIGN_AFTER.test(after.slice(0, 20));

/** "our SOC 2 Type II report": the possessive plus a report noun states the vendor has one. */
export const ownReportAt = (before: string, after: string): boolean =>
  /\bour (?:latest |most recent |current |annual |independent )?$/i.test(before.slice(-30)) &&
  /^ ?(?:report|certificate|certification|attestation|audit|ATO|listing)/i.test(after.slice(0, 20));

/* Test pages: tests/fixtures/pages/portalpilot-trust.html (self-attestation, roadmap, in progress),
   relayai-security.html (do not hold), reline-security.html (Planned cells), openai-security.html. */
