import type { FrameworkId } from './vocab';

/**
 * Framework mentions. One global regex with one capture group per family so a block is scanned in a
 * single pass. Bare "ISO" or "NIST" never match: they name bodies, not frameworks, and show up in
 * example lists ("ex. ISO, HIPAA, PCI, NIST").
 * Groups: 1 type before "SOC 2" ("Type II SOC 2"), 2 SOC number, 3 type after, 4 ISO number, then one
 * group per entry of SIMPLE, in order.
 */
const MENTION =
  /\b(?:Type[\s-]*(I{1,2}|[12]) )?(?:SOC|Service Organi[sz]ation Controls?)[\s-]*(1|2|3|II|III|I)\b(?: ?\(SOC[\s-]*\d\))?(?:[\s,–-]*Type[\s-]*(I{1,2}|[12]|one|two)\b)?|\bISO(?: ?\/ ?IEC)?[\s-]*(27001|27017|27018|27701|42001)|\b(NIST AI (?:RMF|Risk Management Framework)|AI Risk Management Framework)\b|\b(HIPAA)\b|\b(PCI)(?:[\s-]*DSS)?\b|\b(GDPR|General Data Protection Regulation)\b|\b(CCPA|CPRA|California Consumer Privacy Act)\b|\b(CSA STAR|STAR (?:Level|Registry|Attestation|Certification)|Cloud Security Alliance|CAIQ|CSA Security,? Trust)|\b(FedRAMP)\b|\b((?:EU|European Union) AI Act)\b|\b(Cyber Essentials)(?: Plus)?\b/gi;

const BARE_TYPE = /\bType[\s-]*(I{1,2}|[12])\b/gi;

const SIMPLE: FrameworkId[] = [
  'nist-ai-rmf',
  'hipaa',
  'pci-dss',
  'gdpr',
  'ccpa',
  'csa-star',
  'fedramp',
  'eu-ai-act',
  'cyber-essentials',
];

export interface Mention {
  fw: FrameworkId;
  start: number;
  end: number;
}

function socId(num: string, type: string | undefined): FrameworkId | null {
  const n = num.toUpperCase();
  if (n === '1' || n === 'I') return 'soc1';
  if (n === '3' || n === 'III') return 'soc3';
  if (!type) return 'soc2';
  return /^(?:2|II|two)$/i.test(type) ? 'soc2-type2' : 'soc2-type1';
}

/** All framework mentions in a text, in order (at most `max`). */
export function findMentions(t: string, max = 50): Mention[] {
  const out: Mention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(t); m; m = MENTION.exec(t)) {
    const fw: FrameworkId | null = m[2]
      ? socId(m[2], m[3] ?? m[1])
      : m[4]
        ? (`iso${m[4]}` as FrameworkId)
        : (SIMPLE[m.slice(5).findIndex(Boolean)] ?? null);
    if (fw) out.push({ fw, start: m.index, end: m.index + m[0].length });
    if (out.length >= max) break;
  }
  // "completed SOC 2 Type 1 and working towards Type 2": a bare type after a SOC 2 mention names it too.
  if (out.some((x) => x.fw.startsWith('soc2'))) {
    BARE_TYPE.lastIndex = 0;
    for (let m = BARE_TYPE.exec(t); m; m = BARE_TYPE.exec(t)) {
      const at = m.index;
      if (
        out.some((x) => at >= x.start && at < x.end) ||
        !out.some((x) => x.fw.startsWith('soc2') && x.end <= at)
      )
        continue;
      out.push({
        fw: /^(?:2|II)$/i.test(m[1]!) ? 'soc2-type2' : 'soc2-type1',
        start: at,
        end: at + m[0].length,
      });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/* Test pages: tests/fixtures/pages/netapp-safebase.html ("ISO/IEC 27001:2022", "CSA STAR Attestation"),
   workato-security.html ("Service Organization Controls 2 (SOC 2) Type 2"), atlassian-trust-faq.html (CAIQ). */
