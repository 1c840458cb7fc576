/**
 * The review report (issue 19): a draft's review laid out for reviewers who never open an editor.
 * Two formats from one pure function: one self-contained HTML file (inline CSS, readable without
 * scripts, no external URL or font, laid out for print with `@media print`) and Markdown for a pull
 * request. Both hold the summary, the checklists, the dissemination provisions, the flows and
 * their conflicts, each finding with the clause as drafted beside the standard wording its first
 * fix proposes, and the suppressions as an audit record. Everything that comes from the draft is
 * escaped. The output depends only on the review and the options: no clock, no environment.
 */
import type { DraftReview, ReportFinding } from './build.js';
import type { Checklist, ChecklistItem, ElementState, InformationFlow } from './types.js';

/** The custom request the server answers with a report: params `{ uri, format }`, result a string (or null for a non-draft). */
export const REVIEW_REPORT_REQUEST = 'agreementLint/reviewReport';

export type ReportFormat = 'html' | 'md';

/** What the report says about where it comes from; nothing here is read from the clock. */
export interface ReportOptions {
  /** The draft's path or name as shown to the reader. */
  source?: string;
  /** The tool's version, if it should be named. */
  version?: string;
  /** A date or time to print, only when the caller gives one (the report is otherwise the same for the same draft). */
  date?: string;
}

/** Renders a draft's review as HTML or Markdown. */
export function renderReport(draft: DraftReview, format: ReportFormat, options: ReportOptions = {}): string {
  return format === 'html' ? renderHtml(draft, options) : renderMarkdown(draft, options);
}

const stateWords: Record<ElementState, string> = { present: 'Present', missing: 'Missing', 'not-applicable': 'Not applicable' };
const stateMarks: Record<ElementState, string> = { present: '✔', missing: '✘', 'not-applicable': '–' };
const conditionWords: Record<InformationFlow['condition'], string> = {
  none: 'no condition',
  notice: 'notice to the supplying Party',
  consent: "the supplying Party's prior consent",
  marking: 'the conditions of its marking or set by the supplying Party',
  purpose: 'a stated purpose',
  necessity: 'necessity',
  never: 'never',
};

function titleOf(draft: DraftReview, options: ReportOptions): string {
  return draft.review.summary.title ?? options.source ?? 'Untitled draft';
}

function counts(c: Checklist): Record<ElementState, number> {
  const out: Record<ElementState, number> = { present: 0, missing: 0, 'not-applicable': 0 };
  for (const i of c.items) out[i.state]++;
  return out;
}

function findingCount(draft: DraftReview): string {
  const f = draft.review.summary.findings;
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((k) => f[k] > 0).map((k) => `${f[k]} ${k === 'information' ? 'information' : k + (f[k] === 1 ? '' : 's')}`);
  return parts.length ? parts.join(', ') : 'none';
}

function summaryRows(draft: DraftReview, options: ReportOptions): [string, string][] {
  const s = draft.review.summary;
  const rows: [string, string][] = [];
  if (options.source) rows.push(['Draft', options.source]);
  rows.push(['Parties', s.parties.length ? s.parties.join('; ') : 'not named in the front matter']);
  if (s.partner) rows.push(['Partner', s.partner]);
  rows.push(['Data exchanged', s.data.length ? s.data.join(', ') : 'not listed in the front matter']);
  rows.push(['Classification', s.classification ?? 'not marked']);
  rows.push(['Handling', s.handling ?? 'not given']);
  rows.push(['Findings', findingCount(draft)]);
  rows.push(['Suppressions in force', String(draft.review.suppressions.length)]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const css = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --ok: #1a7f37; --bad: #b42318; --na: #6e7781; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font-family: Georgia, "Times New Roman", serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
h1, h2, h3 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
p.meta, .why, .small { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
th { background: var(--bg-soft); font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-weight: 600; }
.state { white-space: nowrap; font-weight: 600; }
.present { color: var(--ok); }
.missing { color: var(--bad); }
.not-applicable { color: var(--na); }
.verdict-over-restrictive, .forbidden { color: var(--bad); font-weight: 600; }
.verdict-calibrated, .permitted { color: var(--ok); font-weight: 600; }
blockquote { margin: 0.3rem 0; padding: 0.2rem 0.7rem; border-left: 3px solid var(--line); color: var(--ink); background: var(--bg-soft); }
.finding { border: 1px solid var(--line); border-radius: 4px; padding: 0.6rem 0.8rem; margin: 0.8rem 0; page-break-inside: avoid; break-inside: avoid; }
.finding h3 { margin: 0 0 0.3rem; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 0.8rem; margin-top: 0.5rem; }
.side > div { border: 1px solid var(--line); padding: 0.4rem 0.6rem; white-space: pre-wrap; font-size: 0.9rem; }
.side .label { display: block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.8rem; color: var(--muted); margin-bottom: 0.2rem; white-space: normal; }
.sev { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; padding: 0.05rem 0.35rem; border: 1px solid currentColor; border-radius: 3px; }
.sev-error { color: var(--bad); } .sev-warning { color: #9a6700; } .sev-information, .sev-hint { color: #0969da; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em; }
nav ul { columns: 2; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { page-break-after: avoid; break-after: avoid; }
  table, .finding { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .side > div { background: none; }
  @page { margin: 18mm 16mm; }
}
`;

function renderHtml(draft: DraftReview, options: ReportOptions): string {
  const e = escapeHtml;
  const r = draft.review;
  const out: string[] = [];
  const title = titleOf(draft, options);
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>Review report: ${e(title)}</title>`, `<style>${css}</style>`, '</head>', '<body>');
  out.push(`<h1>Review report: ${e(title)}</h1>`);
  const meta = ['Prepared by Agreement Lint' + (options.version ? ` ${options.version}` : ''), options.date ? `on ${options.date}` : ''].filter(Boolean).join(' ');
  out.push(`<p class="meta">${e(meta)}. Each element of the three mission checks is shown present (with the clause that supplies it), missing, or not applicable (and why).</p>`);
  out.push('<nav><ul>', ...['summary', 'checklists', 'provisions', 'flows', 'findings', 'suppressions'].map((id) => `<li><a href="#${id}">${capitalise(id)}</a></li>`), '</ul></nav>');

  out.push('<h2 id="summary">Summary</h2>', '<table>');
  for (const [k, v] of summaryRows(draft, options)) out.push(`<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`);
  out.push('</table>');
  out.push('<table><thead><tr><th>Check</th><th>Applies</th><th>Present</th><th>Missing</th><th>Not applicable</th></tr></thead><tbody>');
  for (const c of r.checklists) {
    const n = counts(c);
    out.push(`<tr><td><a href="#check-${c.id}">${e(c.title)}</a></td><td>${c.applies ? 'yes' : 'no'}</td><td>${n.present}</td><td>${n.missing}</td><td>${n['not-applicable']}</td></tr>`);
  }
  out.push('</tbody></table>');

  out.push('<h2 id="checklists">Checklists</h2>');
  for (const c of r.checklists) {
    out.push(`<h3 id="check-${c.id}">${e(c.title)}</h3>`, `<p class="why">${e(c.applies ? 'Applies: ' : 'Does not apply: ')}${e(c.why)}</p>`);
    out.push('<table><thead><tr><th>State</th><th>Element</th><th>Where, or why</th></tr></thead><tbody>');
    for (const i of c.items) out.push(`<tr><td class="state ${i.state}">${stateMarks[i.state]} ${stateWords[i.state]}</td><td>${e(i.label)}${i.framework ? `<br><span class="small">${e(i.framework)}</span>` : ''}</td><td>${itemDetailHtml(i)}</td></tr>`);
    out.push('</tbody></table>');
  }

  out.push('<h2 id="provisions">Dissemination provisions</h2>');
  if (r.provisions.length === 0) out.push('<p>No clause restricts the use or dissemination of received information.</p>');
  else {
    out.push('<table><thead><tr><th>Clause</th><th>What it does</th><th>Verdict</th></tr></thead><tbody>');
    for (const p of r.provisions) out.push(`<tr><td>${e(p.place.citation)}</td><td>${e(p.reading)}</td><td><span class="verdict-${p.verdict}">${e(p.verdict)}</span><br><span class="small">${e(p.why)}</span></td></tr>`);
    out.push('</tbody></table>');
  }

  out.push('<h2 id="flows">Information flows</h2>');
  if (r.flows.length === 0) out.push('<p>The draft neither permits nor forbids in so many words that information be passed on.</p>');
  else {
    out.push('<table><thead><tr><th>Clause</th><th>Who</th><th>What</th><th>To whom</th><th>Purposes</th><th>Condition</th><th>Permitted</th></tr></thead><tbody>');
    for (const f of r.flows) {
      out.push(
        `<tr><td>${e(f.place.citation)}<br><span class="small">“${e(f.place.quote)}”</span></td><td>${e(f.from)}</td><td>${e(f.what)}</td><td>${e(f.to.join('; '))}</td><td>${e(f.purposes.join(', ') || '—')}</td><td>${e(conditionWords[f.condition])}</td><td class="${f.permitted ? 'permitted' : 'forbidden'}">${f.permitted ? 'permitted' : 'forbidden'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  if (r.conflicts.length) {
    out.push('<h3>Flows that contradict each other</h3>', '<ul>');
    for (const c of r.conflicts) out.push(`<li>${e(c.why)} <span class="small">(${e(c.forbids.place.citation)}: “${e(c.forbids.place.quote)}”; ${e(c.permits.place.citation)}: “${e(c.permits.place.quote)}”)</span></li>`);
    out.push('</ul>');
  }

  out.push('<h2 id="findings">Findings</h2>');
  if (draft.findings.length === 0) out.push('<p>No findings.</p>');
  for (const f of draft.findings) out.push(findingHtml(f));

  out.push('<h2 id="suppressions">Suppressions (audit record)</h2>');
  if (r.suppressions.length === 0) out.push('<p>No finding is suppressed in this draft.</p>');
  else {
    out.push('<table><thead><tr><th>Where</th><th>Rules</th><th>Justification</th></tr></thead><tbody>');
    for (const s of r.suppressions) out.push(`<tr><td>${e(s.place.citation)}</td><td><code>${e(s.ruleIds.join(', '))}</code></td><td>${e(s.justification ?? '(none)')}</td></tr>`);
    out.push('</tbody></table>');
    if (draft.suppressed.length) {
      out.push('<h3>Findings silenced by them</h3>');
      for (const f of draft.suppressed) out.push(findingHtml(f));
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function itemDetailHtml(i: ChecklistItem): string {
  const e = escapeHtml;
  const parts: string[] = [];
  if (i.why) parts.push(`<span class="why">${e(i.why)}</span>`);
  for (const w of i.where) parts.push(`<div><strong>${e(w.citation)}</strong>: <span class="small">“${e(w.quote)}”</span></div>`);
  if (i.fix) parts.push(`<div class="small">Fix: ${e(i.fix.title)} (<code>${e(i.fix.ruleId)}</code>)</div>`);
  return parts.join('');
}

function findingHtml(f: ReportFinding): string {
  const e = escapeHtml;
  const out = [`<div class="finding">`, `<h3><span class="sev sev-${f.severity}">${e(f.severity)}</span> ${e(f.place.citation)}: <code>${e(f.ruleId)}</code></h3>`, `<p>${e(f.message)}</p>`];
  if (f.justification !== undefined) out.push(`<p class="small">Suppressed: ${e(f.justification)}</p>`);
  out.push('<div class="side">', `<div><span class="label">As drafted (${e(f.place.citation)})</span>${e(f.clauseText)}</div>`);
  out.push(f.proposed ? `<div><span class="label">Proposed: ${e(f.proposed.title)}</span>${e(f.proposed.text)}</div>` : '<div><span class="label">Proposed</span>No standard wording: the drafter decides.</div>');
  out.push('</div>', '</div>');
  return out.join('');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escapes draft text for a Markdown table cell or paragraph: no HTML, no formatting, no table break. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/([\\`*_[\]|#~!])/g, '\\$1')
    .replace(/\r?\n|\r/g, ' ');
}

function renderMarkdown(draft: DraftReview, options: ReportOptions): string {
  const m = escapeMarkdown;
  const r = draft.review;
  const out: string[] = [];
  out.push(`# Review report: ${m(titleOf(draft, options))}`, '');
  out.push(`Prepared by Agreement Lint${options.version ? ` ${m(options.version)}` : ''}${options.date ? ` on ${m(options.date)}` : ''}.`, '');
  out.push('## Summary', '', '| | |', '|---|---|');
  for (const [k, v] of summaryRows(draft, options)) out.push(`| ${m(k)} | ${m(v)} |`);
  out.push('', '| Check | Applies | Present | Missing | Not applicable |', '|---|---|---|---|---|');
  for (const c of r.checklists) {
    const n = counts(c);
    out.push(`| ${m(c.title)} | ${c.applies ? 'yes' : 'no'} | ${n.present} | ${n.missing} | ${n['not-applicable']} |`);
  }
  out.push('', '## Checklists', '');
  for (const c of r.checklists) {
    out.push(`### ${m(c.title)}`, '', `${c.applies ? 'Applies' : 'Does not apply'}: ${m(c.why)}`, '', '| State | Element | Where, or why |', '|---|---|---|');
    for (const i of c.items) {
      const detail = [i.why ? m(i.why) : '', ...i.where.map((w) => `**${m(w.citation)}**: “${m(w.quote)}”`), i.fix ? `Fix: ${m(i.fix.title)} (\`${i.fix.ruleId}\`)` : ''].filter(Boolean).join('<br>');
      out.push(`| ${stateMarks[i.state]} ${stateWords[i.state]} | ${m(i.label)} | ${detail} |`);
    }
    out.push('');
  }
  out.push('## Dissemination provisions', '');
  if (r.provisions.length === 0) out.push('No clause restricts the use or dissemination of received information.', '');
  else {
    out.push('| Clause | What it does | Verdict |', '|---|---|---|');
    for (const p of r.provisions) out.push(`| ${m(p.place.citation)} | ${m(p.reading)} | **${p.verdict}**: ${m(p.why)} |`);
    out.push('');
  }
  out.push('## Information flows', '');
  if (r.flows.length === 0) out.push('The draft neither permits nor forbids in so many words that information be passed on.', '');
  else {
    out.push('| Clause | Who | What | To whom | Purposes | Condition | Permitted |', '|---|---|---|---|---|---|---|');
    for (const f of r.flows) out.push(`| ${m(f.place.citation)} | ${m(f.from)} | ${m(f.what)} | ${m(f.to.join('; '))} | ${m(f.purposes.join(', ') || '—')} | ${m(conditionWords[f.condition])} | ${f.permitted ? 'permitted' : '**forbidden**'} |`);
    out.push('');
  }
  if (r.conflicts.length) {
    out.push('### Flows that contradict each other', '');
    for (const c of r.conflicts) out.push(`- ${m(c.why)}`);
    out.push('');
  }
  out.push('## Findings', '');
  if (draft.findings.length === 0) out.push('No findings.', '');
  for (const f of draft.findings) out.push(...findingMarkdown(f));
  out.push('## Suppressions (audit record)', '');
  if (r.suppressions.length === 0) out.push('No finding is suppressed in this draft.', '');
  else {
    out.push('| Where | Rules | Justification |', '|---|---|---|');
    for (const s of r.suppressions) out.push(`| ${m(s.place.citation)} | \`${s.ruleIds.join(', ').replace(/`/g, '')}\` | ${m(s.justification ?? '(none)')} |`);
    out.push('');
    if (draft.suppressed.length) {
      out.push('### Findings silenced by them', '');
      for (const f of draft.suppressed) out.push(...findingMarkdown(f));
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function findingMarkdown(f: ReportFinding): string[] {
  const m = escapeMarkdown;
  const out = [`### ${f.severity}: ${m(f.place.citation)} (\`${f.ruleId}\`)`, '', m(f.message), ''];
  if (f.justification !== undefined) out.push(`Suppressed: ${m(f.justification)}`, '');
  out.push(`| As drafted | Proposed${f.proposed ? `: ${m(f.proposed.title)}` : ''} |`, '|---|---|', `| ${m(f.clauseText)} | ${f.proposed ? m(f.proposed.text.replace(/\n{2,}/g, '\u0000')).replace(/\u0000/g, '<br><br>') : 'No standard wording: the drafter decides.'} |`, '');
  return out;
}
