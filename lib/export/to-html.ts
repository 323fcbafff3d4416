import type { Findings, FindingsMode, FindingsReport } from './findings';
import { escapeHtml as esc, htmlLink, htmlParagraphs } from './html-text';
import { reportFactRows, signOffText, verdictText, type Escapers } from './report-text';

/**
 * The findings as an HTML fragment for the clipboard's text/html flavour: pasted into Google Docs,
 * Confluence, Notion or Outlook it keeps headings, lists and tables. Styling is inline and minimal
 * (editors drop style sheets), there is no script and nothing loads from the network. Every string,
 * ours included, goes through escapeHtml; only http(s) URLs become links.
 */

const ESC: Escapers = { text: esc, date: esc };
const CELL = ' style="border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top"';
const QUOTE = ' style="border-left:3px solid #ccc;margin:0 0 8px;padding-left:8px;color:#444"';

function table(header: string[], rows: string[][]): string {
  const head = `<tr>${header.map((h) => `<th${CELL}>${esc(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td${CELL}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table style="border-collapse:collapse">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A two-column table whose first column is a field name: header cells per row read better. */
function factsTable(rows: [string, string][]): string {
  const body = rows.map(([k, v]) => `<tr><th scope="row"${CELL}>${esc(k)}</th><td${CELL}>${v}</td></tr>`);
  return `<table style="border-collapse:collapse">\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

const list = (items: string[], tag: 'ul' | 'ol' = 'ul') =>
  `<${tag}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;

function reasons(f: Findings): string {
  if (!f.verdict.reasons.length) return '<p>No rule applies: nothing stands in the way.</p>';
  return list(
    f.verdict.reasons.map(
      (r) => `<strong>${esc(r.outcome)}:</strong> ${esc(r.detail)} <em>Rule: ${esc(r.ruleText)}</em>`,
    ),
  );
}

function report(r: FindingsReport | null, tsc: string[] | null): string {
  const rows: [string, string][] = r ? reportFactRows(r, ESC) : [['Report', 'Not yet recorded']];
  if (tsc) rows.push(['Trust Services Criteria in scope', tsc.length ? esc(tsc.join(', ')) : 'Not recorded']);
  return factsTable(rows);
}

function answers(f: Findings): string[] {
  if (!f.sections.length) return ['<h2>Answers</h2>', '<p><em>No questions answered yet.</em></p>'];
  const out = ['<h2>Answers</h2>'];
  for (const section of f.sections) {
    out.push(`<h3>${esc(section.title)}</h3>`);
    for (const a of section.answers) {
      out.push(`<p><strong>${esc(a.question)}</strong></p>`, htmlParagraphs(a.answer));
      if (a.note) out.push(`<p><em>Note:</em> ${esc(a.note)}</p>`);
      for (const e of a.evidence) {
        const quote = e.quote.trim() ? `“${esc(e.quote)}” — ` : '';
        out.push(`<blockquote${QUOTE}>${quote}${e.url ? htmlLink(e.url) : esc(e.source ?? '')}</blockquote>`);
      }
    }
  }
  return out;
}

/** What was read from each SOC report PDF: facts with pages, exceptions, and our obligations (CUECs). */
function reportFiles(f: Findings, withFacts: boolean): string[] {
  const out: string[] = [];
  for (const r of f.reportFiles) {
    out.push(`<h2>From the report: ${esc(r.fileName)}</h2>`);
    if (withFacts) {
      out.push(factsTable(r.facts.map(([k, v, p]) => [k, `${esc(v)}${p ? ` (p. ${esc(p)})` : ''}`])));
      out.push(
        `<h3>Exceptions (${r.exceptions.length})</h3>`,
        r.exceptions.length
          ? list(
              r.exceptions.map(
                (e) => `<strong>${esc(e.control)}</strong> (p. ${esc(e.page)}): ${esc(e.text)}`,
              ),
            )
          : '<p>None noted.</p>',
      );
    }
    out.push(
      '<h3>Our obligations under this report</h3>',
      r.obligations.length
        ? list(
            r.obligations.map((o) => `${esc(o.text)} (p. ${esc(o.page)})`),
            'ol',
          )
        : '<p>None found in the report.</p>',
    );
  }
  return out;
}

/** What the page states, as stated and not verified: the vendor's own claims, then third parties'. */
function pageStatements(f: Findings): string[] {
  const p = f.pageStatements;
  if (!p) return [];
  const out = ['<h2>What the vendor’s page states (not verified)</h2>', `<p>Source: ${htmlLink(p.url)}</p>`];
  if (!p.statements.length) return [...out, '<p>The page states no certification or framework.</p>'];
  const item = (s: (typeof p.statements)[number]) =>
    `${s.subject ? `<strong>${esc(s.subject)}</strong> (a third party, as stated by the vendor): ` : ''}<strong>${esc(s.framework)}</strong> — ${esc(s.status)}: “${esc(s.quote)}”`;
  return [
    ...out,
    // Already in order: the vendor's own claims, then third parties' (buildFindings).
    list(p.statements.map(item)),
  ];
}

function full(f: Findings): string[] {
  const facts: [string, string | null][] = [
    ['Vendor', esc(f.vendorName)],
    ['Domain', f.domain && esc(f.domain)],
    ['Trust page', f.trustUrl && htmlLink(f.trustUrl)],
    ['Platform', f.platform && esc(f.platform)],
    ['Deployment tier', esc(f.tier)],
    ['Verdict', `<strong>${esc(verdictText(f.verdict))}</strong>`],
    ['Reviewer', f.review?.reviewer ? esc(f.review.reviewer) : null],
    ['Review date', f.review?.reviewDate ? esc(f.review.reviewDate) : null],
    ['Status', f.review ? signOffText(f.review, ESC) : null],
    ['Exported', esc(f.exportedOn)],
  ];
  const out = [
    `<h1>Vendor review: ${esc(f.vendorName)}</h1>`,
    factsTable(facts.filter((r): r is [string, string] => !!r[1])),
    `<h2>Verdict: ${esc(verdictText(f.verdict))}</h2>`,
    reasons(f),
    '<h2>SOC 2 report</h2>',
    report(f.report, f.tsc),
    ...reportFiles(f, true),
    ...answers(f),
  ];
  if (f.openQuestions.length)
    out.push(
      `<h2>Open questions (${f.openQuestions.length})</h2>`,
      list(
        f.openQuestions.map((o) => `${esc(o.question)}${o.keyFact ? ' <strong>(key fact)</strong>' : ''}`),
      ),
    );
  out.push(...pageStatements(f));
  if (f.subprocessors.length)
    out.push(
      '<h2>Sub-processors listed on the trust page</h2>',
      table(
        ['Name', 'Purpose', 'Location', 'AI', 'Certifications (as stated by the vendor)'],
        f.subprocessors.map((s) => [
          esc(s.name),
          esc(s.purpose ?? ''),
          esc(s.location ?? ''),
          s.ai ? '<strong>AI</strong>' : '',
          esc(s.certifications ?? ''),
        ]),
      ),
    );
  if (f.followUps.length)
    out.push('<h2>Follow-up questions for the vendor</h2>', list(f.followUps.map(esc), 'ol'));
  out.push('<h2>Reviewer notes</h2>', f.note ? htmlParagraphs(f.note) : '<p><em>No notes yet.</em></p>');
  return out;
}

function summary(f: Findings): string[] {
  const facts: [string, string][] = [
    ['Deployment tier', esc(f.tier)],
    ['Verdict', `<strong>${esc(verdictText(f.verdict))}</strong>`],
    ['Open questions', String(f.openQuestions.length)],
  ];
  return [
    `<h1>Vendor review summary: ${esc(f.vendorName)}</h1>`,
    factsTable(facts),
    '<h2>Why</h2>',
    reasons(f),
    '<h2>SOC 2 report</h2>',
    report(f.report, null),
    ...reportFiles(f, false),
  ];
}

function questions(f: Findings): string[] {
  const out = [`<p>Hello ${esc(f.vendorName)} team,</p>`];
  if (!f.followUps.length)
    return [
      ...out,
      '<p>As part of our security review, we have no further questions at this time.</p>',
      '<p>Thank you.</p>',
    ];
  return [
    ...out,
    '<p>As part of our security review of your product, could you answer the following questions?</p>',
    list(f.followUps.map(esc), 'ol'),
    '<p>Thank you.</p>',
  ];
}

/**
 * The findings as semantic HTML (h1–h3, p, ul/ol, table with th, blockquote, links), in the same
 * three modes as findingsToMarkdown. A fragment, not a document: the clipboard and editors want one.
 */
export function findingsToHtml(f: Findings, mode: FindingsMode): string {
  const parts = mode === 'full' ? full(f) : mode === 'summary' ? summary(f) : questions(f);
  if (mode !== 'questions') parts.push(`<p><em>Exported from Vendorscope on ${esc(f.exportedOn)}.</em></p>`);
  return `${parts.join('\n')}\n`;
}
