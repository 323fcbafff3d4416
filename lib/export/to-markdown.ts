import type { Findings, FindingsMode, FindingsReport } from './findings';
import { markdownDate as date, markdownLink as link, markdownText as md } from './markdown-text';
import { reportFactRows, signOffText, verdictText, type Escapers } from './report-text';

/**
 * The findings as GitHub-flavoured Markdown, for Jira, GitHub, Slack and plain-text e-mail. Every
 * string from a page or typed by the reviewer goes through markdownText (one line, specials escaped);
 * the reviewer's free note is the exception, kept verbatim because it is their own Markdown. Fixed
 * text (bank questions, rule texts, labels) is ours and written as is.
 */

const ESC: Escapers = { text: md, date };

const tableRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(header: string[], rows: string[][]): string[] {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}

function reportLines(report: FindingsReport | null): string[] {
  if (!report) return ['- **SOC 2 report:** not yet recorded'];
  return reportFactRows(report, ESC).map(([field, value]) => `- **${field}:** ${value}`);
}

/** What was read from each SOC report PDF: facts with pages, exceptions, and our obligations (CUECs). */
function reportFileLines(f: Findings, withFacts: boolean): string[] {
  const lines: string[] = [];
  for (const r of f.reportFiles) {
    lines.push('', `## From the report: ${md(r.fileName)}`);
    if (withFacts) {
      lines.push('', ...r.facts.map(([k, v, p]) => `- **${k}:** ${md(v)}${p ? ` (p. ${md(p)})` : ''}`));
      lines.push('', `### Exceptions (${r.exceptions.length})`, '');
      lines.push(
        ...(r.exceptions.length
          ? r.exceptions.map((e) => `- **${md(e.control)}** (p. ${md(e.page)}): ${md(e.text)}`)
          : ['- None noted.']),
      );
    }
    lines.push('', '### Our obligations under this report', '');
    lines.push(
      ...(r.obligations.length
        ? r.obligations.map((o, i) => `${i + 1}. ${md(o.text)} (p. ${md(o.page)})`)
        : ['- None found in the report.']),
    );
  }
  return lines;
}

/** What the page states, as stated and not verified: the vendor's own claims, then third parties'. */
function pageStatementLines(f: Findings): string[] {
  const p = f.pageStatements;
  if (!p) return [];
  const lines = ['', '## What the vendor’s page states (not verified)', '', `Source: ${link(p.url)}`, ''];
  if (!p.statements.length) return [...lines, '- The page states no certification or framework.'];
  // Already in order: the vendor's own claims, then third parties' (buildFindings).
  for (const s of p.statements)
    lines.push(
      s.subject
        ? `- **${md(s.subject)}** (a third party, as stated by the vendor): ${md(s.framework)} — ${md(s.status)}: “${md(s.quote)}”`
        : `- **${md(s.framework)}** — ${md(s.status)}: “${md(s.quote)}”`,
    );
  return lines;
}

function factsTable(f: Findings): string[] {
  const rows: [string, string | null][] = [
    ['Vendor', md(f.vendorName)],
    ['Domain', f.domain && md(f.domain)],
    ['Trust page', f.trustUrl && link(f.trustUrl)],
    ['Platform', f.platform],
    ['Deployment tier', f.tier],
    ['Verdict', `**${verdictText(f.verdict)}**`],
    ['Reviewer', f.review?.reviewer ? md(f.review.reviewer) : null],
    ['Review date', f.review?.reviewDate ? date(f.review.reviewDate) : null],
    ['Status', f.review ? signOffText(f.review, ESC) : null],
    ['Exported', date(f.exportedOn)],
  ];
  return table(
    ['Field', 'Value'],
    rows.filter((r): r is [string, string] => !!r[1]),
  );
}

function reasonLines(f: Findings): string[] {
  if (!f.verdict.reasons.length) return ['No rule applies: nothing stands in the way.'];
  return f.verdict.reasons.map((r) => `- **${r.outcome}:** ${md(r.detail)} _Rule: ${r.ruleText}_`);
}

function answerLines(f: Findings): string[] {
  if (!f.sections.length) return ['', '## Answers', '', '_No questions answered yet._'];
  const lines = ['', '## Answers'];
  for (const section of f.sections) {
    lines.push('', `### ${section.title}`);
    for (const a of section.answers) {
      lines.push('', `**${a.question}**`, '', md(a.answer));
      if (a.note) lines.push('', `_Note:_ ${md(a.note)}`);
      // One blockquote per piece of evidence: adjacent quote lines would merge into one.
      for (const e of a.evidence) {
        const quote = e.quote.trim() ? `“${md(e.quote)}” — ` : '';
        lines.push('', `> ${quote}${e.url ? link(e.url) : md(e.source ?? '')}`);
      }
    }
  }
  return lines;
}

function full(f: Findings): string[] {
  const lines = [`# Vendor review: ${md(f.vendorName)}`, '', ...factsTable(f)];
  lines.push('', `## Verdict: ${verdictText(f.verdict)}`, '', ...reasonLines(f));
  lines.push('', '## SOC 2 report', '', ...reportLines(f.report));
  lines.push(
    `- **Trust Services Criteria in scope:** ${f.tsc.length ? md(f.tsc.join(', ')) : 'not recorded'}`,
  );
  lines.push(...reportFileLines(f, true));
  lines.push(...answerLines(f));
  if (f.openQuestions.length) {
    lines.push('', `## Open questions (${f.openQuestions.length})`, '');
    for (const o of f.openQuestions) lines.push(`- ${o.question}${o.keyFact ? ' **(key fact)**' : ''}`);
  }
  lines.push(...pageStatementLines(f));
  if (f.subprocessors.length) {
    lines.push('', '## Sub-processors listed on the trust page', '');
    lines.push(
      ...table(
        ['Name', 'Purpose', 'Location', 'AI', 'Certifications (as stated by the vendor)'],
        f.subprocessors.map((s) => [
          md(s.name),
          s.purpose ? md(s.purpose) : '',
          s.location ? md(s.location) : '',
          s.ai ? '**AI**' : '',
          s.certifications ? md(s.certifications) : '',
        ]),
      ),
    );
  }
  if (f.followUps.length) {
    lines.push('', '## Follow-up questions for the vendor', '');
    f.followUps.forEach((ask, i) => lines.push(`${i + 1}. ${ask}`));
  }
  lines.push('', '## Reviewer notes', '', f.note || '_No notes yet._');
  return lines;
}

function summary(f: Findings): string[] {
  return [
    `# Vendor review summary: ${md(f.vendorName)}`,
    '',
    `- **Deployment tier:** ${f.tier}`,
    `- **Verdict:** ${verdictText(f.verdict)}`,
    `- **Open questions:** ${f.openQuestions.length}`,
    '',
    '## Why',
    '',
    ...reasonLines(f),
    '',
    '## SOC 2 report',
    '',
    ...reportLines(f.report),
    ...reportFileLines(f, false),
  ];
}

function questions(f: Findings): string[] {
  const lines = [`Hello ${md(f.vendorName)} team,`, ''];
  if (!f.followUps.length)
    return [
      ...lines,
      'As part of our security review, we have no further questions at this time.',
      '',
      'Thank you.',
    ];
  lines.push('As part of our security review of your product, could you answer the following questions?', '');
  f.followUps.forEach((ask, i) => lines.push(`${i + 1}. ${ask}`));
  return [...lines, '', 'Thank you.'];
}

/**
 * The findings as GitHub-flavoured Markdown. `full`: the whole review; `summary`: verdict, reasons,
 * report facts and the open-question count; `questions`: an e-mail body asking the vendor what is
 * still open. Page and user text cannot inject markup, links, headings or break a table.
 */
export function findingsToMarkdown(f: Findings, mode: FindingsMode): string {
  const lines = mode === 'full' ? full(f) : mode === 'summary' ? summary(f) : questions(f);
  if (mode !== 'questions') lines.push('', `_Exported from Vendorscope on ${date(f.exportedOn)}._`);
  return `${lines.join('\n')}\n`;
}
