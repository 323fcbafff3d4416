import type { PageSnapshot } from '../db/schema';
import type { Detection } from '../detection/schema';
import { FRAMEWORK_LABELS, type ClaimStatus, type FrameworkId } from '../detection/vocab';

/**
 * Change detection on revisit: what a vendor's trust page states now against what was recorded.
 * Pure. Differences are items the reviewer confirms one by one (or all at once) into the record.
 */

type SnapshotClaim = PageSnapshot['claims'][number];

export type PageChange =
  | { key: string; kind: 'subprocessor-added' | 'subprocessor-removed'; name: string; ai: boolean }
  | { key: string; kind: 'claim-added' | 'claim-removed'; framework: FrameworkId; statuses: ClaimStatus[] }
  | { key: string; kind: 'claim-status'; framework: FrameworkId; from: ClaimStatus[]; to: ClaimStatus[] }
  | {
      key: string;
      kind: 'period';
      framework: FrameworkId;
      from: { start: string | null; end: string | null } | null;
      to: { start: string | null; end: string | null };
    };

/** What the page states, in the stored (bounded) shape. */
export function snapshotOf(detection: Detection, capturedAt: number): PageSnapshot {
  const seen = new Set<string>();
  return {
    url: detection.url,
    capturedAt,
    claims: detection.claims.slice(0, 200).map((c) => ({
      framework: c.framework,
      status: c.status,
      periodStart: c.period?.start?.slice(0, 10) ?? null,
      periodEnd: c.period?.end?.slice(0, 10) ?? null,
    })),
    subprocessors: detection.subprocessors
      .filter((s) => {
        const k = s.name.trim().toLowerCase();
        return !!k && !seen.has(k) && !!seen.add(k);
      })
      .slice(0, 1000)
      .map((s) => ({ name: s.name.trim().slice(0, 200), ai: s.ai })),
  };
}

const byFramework = (claims: SnapshotClaim[]) => {
  const map = new Map<FrameworkId, SnapshotClaim[]>();
  for (const c of claims) map.set(c.framework, [...(map.get(c.framework) ?? []), c]);
  return map;
};
const statuses = (cs: SnapshotClaim[]) => [...new Set(cs.map((c) => c.status))].sort();
const periodOf = (cs: SnapshotClaim[]) => {
  const c = cs.find((x) => x.periodEnd || x.periodStart);
  return c ? { start: c.periodStart, end: c.periodEnd } : null;
};
const lower = (s: string) => s.toLowerCase();

/** Differences between the recorded snapshot and the page now; [] when nothing changed. */
export function diffPage(recorded: PageSnapshot, now: PageSnapshot): PageChange[] {
  const changes: PageChange[] = [];
  const before = byFramework(recorded.claims);
  const after = byFramework(now.claims);
  for (const [framework, cs] of after) {
    const old = before.get(framework);
    if (!old) {
      changes.push({
        key: `claim-added:${framework}`,
        kind: 'claim-added',
        framework,
        statuses: statuses(cs),
      });
      continue;
    }
    const [from, to] = [statuses(old), statuses(cs)];
    if (from.join() !== to.join())
      changes.push({
        key: `claim-status:${framework}:${to.join('+')}`,
        kind: 'claim-status',
        framework,
        from,
        to,
      });
    const [p0, p1] = [periodOf(old), periodOf(cs)];
    if (p1 && (p1.start !== p0?.start || p1.end !== p0?.end))
      changes.push({
        key: `period:${framework}:${p1.start}:${p1.end}`,
        kind: 'period',
        framework,
        from: p0,
        to: p1,
      });
  }
  for (const [framework, cs] of before)
    if (!after.has(framework))
      changes.push({
        key: `claim-removed:${framework}`,
        kind: 'claim-removed',
        framework,
        statuses: statuses(cs),
      });

  // An empty list now is more likely a page that did not render its table than every sub-processor gone.
  if (now.subprocessors.length) {
    const oldNames = new Set(recorded.subprocessors.map((s) => lower(s.name)));
    const newNames = new Set(now.subprocessors.map((s) => lower(s.name)));
    for (const s of now.subprocessors)
      if (!oldNames.has(lower(s.name)))
        changes.push({
          key: `sub-added:${lower(s.name)}`,
          kind: 'subprocessor-added',
          name: s.name,
          ai: s.ai,
        });
    for (const s of recorded.subprocessors)
      if (!newNames.has(lower(s.name)))
        changes.push({
          key: `sub-removed:${lower(s.name)}`,
          kind: 'subprocessor-removed',
          name: s.name,
          ai: s.ai,
        });
  }
  // AI sub-processors first: each one sees the customer's prompts or embeddings.
  return changes.sort((a, b) => Number('ai' in b && b.ai) - Number('ai' in a && a.ai));
}

/** The recorded snapshot with the confirmed changes taken in (all of them: the page as it is now). */
export function confirmChanges(
  recorded: PageSnapshot,
  now: PageSnapshot,
  keys: ReadonlySet<string>,
): PageSnapshot {
  const changes = diffPage(recorded, now).filter((c) => keys.has(c.key));
  let claims = recorded.claims;
  let subs = recorded.subprocessors;
  for (const c of changes) {
    if (c.kind === 'subprocessor-added') subs = [...subs, { name: c.name, ai: c.ai }].slice(0, 1000);
    else if (c.kind === 'subprocessor-removed') subs = subs.filter((s) => lower(s.name) !== lower(c.name));
    else if ('framework' in c) {
      // A claim change (status, period, added, removed) takes the framework's claims as the page states them.
      claims = [
        ...claims.filter((x) => x.framework !== c.framework),
        ...now.claims.filter((x) => x.framework === c.framework),
      ];
    }
  }
  return { ...recorded, url: now.url, capturedAt: now.capturedAt, claims, subprocessors: subs };
}

const fw = (f: FrameworkId) => FRAMEWORK_LABELS[f];
const st = (s: ClaimStatus[]) => s.map((x) => x.replace(/-/g, ' ')).join(' and ');

/** One change as a sentence for the panel and exports. */
export function describeChange(c: PageChange): string {
  switch (c.kind) {
    case 'subprocessor-added':
      return `New sub-processor: ${c.name}${c.ai ? ' (AI provider)' : ''}`;
    case 'subprocessor-removed':
      return `Sub-processor no longer listed: ${c.name}${c.ai ? ' (AI provider)' : ''}`;
    case 'claim-added':
      return `Now states ${fw(c.framework)}: ${st(c.statuses)}`;
    case 'claim-removed':
      return `No longer states ${fw(c.framework)} (was ${st(c.statuses)})`;
    case 'claim-status':
      return `${fw(c.framework)}: ${st(c.from)} → ${st(c.to)}`;
    case 'period': {
      const p = (x: { start: string | null; end: string | null } | null) =>
        x ? `${x.start ?? '?'} to ${x.end ?? '?'}` : 'none stated';
      return `${fw(c.framework)} report period: ${p(c.from)} → ${p(c.to)}`;
    }
  }
}
