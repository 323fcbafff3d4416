import type { Detection } from '../detection/schema';
import { FRAMEWORK_LABELS, PLATFORM_LABELS } from '../detection/vocab';
import type { Vendor } from '../db/schema';
import type { Verdict } from '../questionnaire/verdict';
import { localIsoDate } from '../dates/local-date';
import { escapeMarkdown, markdownUrl } from './escape-markdown';

export interface FindingsInput {
  vendor: Pick<Vendor, 'name' | 'domain' | 'tier' | 'platform'> | null;
  detection: Detection | null;
  /** The reviewer's own note: their Markdown, kept as written. */
  note: string;
  verdict?: Pick<Verdict, 'label' | 'provisional'>;
  exportedAt: Date;
}

/**
 * The findings as GitHub-flavoured Markdown, ready to paste into a ticket, doc or e-mail.
 * Everything that came from a web page is escaped; the reviewer's note is theirs and kept verbatim.
 */
export function findingsToMarkdown({ vendor, detection, note, verdict, exportedAt }: FindingsInput): string {
  const name =
    vendor?.name ?? detection?.vendor?.name ?? (detection ? new URL(detection.url).hostname : null);
  const lines: string[] = [`# Vendorscope findings: ${escapeMarkdown(name ?? 'Unnamed vendor')}`, ''];

  const domain = vendor?.domain ?? detection?.vendor?.domain ?? null;
  const platform = detection?.platform ?? vendor?.platform ?? null;
  if (detection) lines.push(`- **Trust page:** ${markdownUrl(detection.url)}`);
  if (domain) lines.push(`- **Domain:** ${escapeMarkdown(domain)}`);
  if (platform) lines.push(`- **Platform:** ${PLATFORM_LABELS[platform]}`);
  if (vendor) lines.push(`- **Deployment tier:** ${vendor.tier}`);
  if (verdict) lines.push(`- **Verdict:** ${verdict.label}${verdict.provisional ? ' (provisional)' : ''}`);
  if (detection) {
    lines.push(`- **Recognised with confidence:** ${Math.round(detection.confidence * 100)}%`);
    if (detection.signals.length)
      lines.push(`- **Signals:** ${detection.signals.map((s) => `\`${s.replace(/`/g, '')}\``).join(', ')}`);
  }

  if (detection?.claims.length) {
    lines.push('', '## What the page states', '');
    for (const c of detection.claims) {
      lines.push(`- **${FRAMEWORK_LABELS[c.framework]}** (${c.status}): “${escapeMarkdown(c.quote)}”`);
    }
  }
  if (detection?.subprocessors.length) {
    lines.push('', '## Sub-processors listed', '');
    for (const s of detection.subprocessors) {
      const extra = [s.purpose, s.location].filter(Boolean).map((x) => escapeMarkdown(x as string));
      lines.push(
        `- ${escapeMarkdown(s.name)}${s.ai ? ' **(AI provider)**' : ''}${extra.length ? ` — ${extra.join('; ')}` : ''}`,
      );
    }
  }

  lines.push('', '## Reviewer notes', '', note.trim() ? note.trim() : '_No notes yet._');
  lines.push('', `_Exported from Vendorscope on ${localIsoDate(exportedAt)}._`, '');
  return lines.join('\n');
}
