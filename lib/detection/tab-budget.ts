import type { TabDetection, TabDetections } from './tab-detections';

/**
 * Session storage holds every open tab's detection, in a quota the browser fixes (10 MB in Chrome).
 * One tab is bounded (a page listing a thousand long sub-processor rows keeps the first ones and says
 * how many it left out), and the whole map too: the tabs reported longest ago give way, so the newest
 * report is always stored. Pure: sizes are JSON lengths.
 */

/** At most this much JSON per tab. */
export const TAB_BYTES = 256 * 1024;
/** At most this much JSON for all tabs, well inside the 10 MB quota. */
export const ALL_TABS_BYTES = 4 * 1024 * 1024;

const size = (x: unknown) => JSON.stringify(x).length;

/** One tab's detection within TAB_BYTES: sub-processors past the bound are dropped and counted. */
export function boundTab(d: TabDetection, maxBytes = TAB_BYTES): TabDetection {
  if (size(d) <= maxBytes) return d;
  const kept = [...d.subprocessors];
  const base = size({ ...d, subprocessors: [], subprocessorsOmitted: d.subprocessors.length });
  let total = base;
  let n = 0;
  for (; n < kept.length; n++) {
    total += size(kept[n]) + 1;
    if (total > maxBytes) break;
  }
  return { ...d, subprocessors: kept.slice(0, n), subprocessorsOmitted: d.subprocessors.length - n };
}

/** The map within ALL_TABS_BYTES, newest reports kept first; `evicted` names the tabs that gave way. */
export function fitTabs(
  all: TabDetections,
  maxBytes = ALL_TABS_BYTES,
): { kept: TabDetections; evicted: string[] } {
  const entries = Object.entries(all).sort(([, a], [, b]) => b.reportedAt - a.reportedAt);
  const kept: TabDetections = {};
  const evicted: string[] = [];
  let total = 2;
  for (const [tab, d] of entries) {
    const bytes = size(d) + tab.length + 4;
    if (total + bytes > maxBytes && Object.keys(kept).length > 0) evicted.push(tab);
    else {
      kept[tab] = d;
      total += bytes;
    }
  }
  return { kept, evicted };
}
