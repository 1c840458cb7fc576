/**
 * Reports a clause that restricts the onward dissemination or use of received information beyond
 * standard handling (domain brief, section A). The clause is read in `language/dissemination.ts`:
 * each restriction becomes a reading (act, whose act, recipients kept out, condition, subject,
 * exceptions) judged by the brief's line, and only over-restrictive readings are reported. The
 * message says what the reading found and quotes the deciding words; hover and `--explain` show
 * the whole reading (`clauseReadings`).
 *
 * The fix replaces only what it can replace consistently: the restricting sentences, where the
 * clause's other sentences say nothing about use, disclosure or personal data; else the whole
 * provision, where it holds no other restriction the balanced clause would contradict and no
 * privacy or classified handling; else nothing but the recorded exception.
 */
import { describeReading, explainReading, mayRestrict, readDissemination, type DisseminationReading } from '../language/dissemination.js';
import { sentences } from '../language/sentences.js';
import { mayNamePersonalData, personalDataIn } from '../language/privacy.js';
import { mentionsClassified } from '../language/classified.js';
import type { Section } from '../model.js';
import { lazyFixes, type Rule } from '../rule.js';
import type { Clause } from '../model.js';
import type { Span } from '../types.js';

const classifiedTitle = /\b(?:classified|security of (?:classified|military) information)\b/i;

export const overRestrictedDissemination: Rule = {
  meta: {
    id: 'over-restricted-dissemination',
    title: 'Clause restricts dissemination or use of received information beyond standard handling',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  checkSection(ctx, section) {
    if (section.kind === 'preamble' || section.kind === 'title') return;
    // The clauses before this one that are offered the balanced dissemination clause.
    const offered: { clause: Clause; within: Span }[] = [];
    for (const { clause, readings } of clauseReadings(section)) {
      const found = readings.filter((r) => r.verdict === 'over-restrictive');
      if (found.length === 0) continue;
      const first = found[0]!;
      const kinds = [...new Set(found.map((r) => r.kind!))];
      // One description for each kind of restriction, each with its own deciding words.
      const shown: DisseminationReading[] = [];
      for (const r of found) if (!shown.some((x) => x.kind === r.kind)) shown.push(r);
      const what = shown.slice(0, 3).map(describeReading);
      const described = what.length === 1 ? what[0] : `${what.slice(0, -1).join('; ')}; and ${what[what.length - 1]}`;
      const why = [...new Set(shown.slice(0, 3).map((r) => r.why))].join('; ');
      // A short destruction or return duty, and nothing else, is a matter of how long information
      // is kept: the retention clause answers it. (The dissemination clause there would only repeat
      // the one offered for the article's other restrictions, and say nothing about keeping.)
      const retentionOnly = kinds.every((k) => k === 'destruction');
      const within = { start: first.start, end: found[found.length - 1]!.end };
      // What the fix may replace: the restricting sentences, the whole provision, or nothing.
      const scope = replaceable(clause.text, found, readings);
      const region = scope === 'sentences' ? within : undefined;
      const offeredBefore = offered.length;
      if (!retentionOnly && scope !== 'none') offered.push({ clause, within: region ?? { start: 0, end: clause.text.length } });
      // Built when read: a CLI run in text format never reads them.
      const fixes = lazyFixes(
        () => {
          if (scope === 'none') return undefined;
          if (retentionOnly) return ctx.fixes.replaceClause(clause, 'balanced-retention', undefined, region);
          // Where an earlier paragraph of the article holds the balanced clause, or is offered it,
          // this one refers to it instead of repeating it (fixing both wrote it twice). The
          // reference is to a paragraph of the same article ("paragraph 1", "paragraph 1(a)"), which
          // is read within the article whatever the rest of the draft is (a section's findings are
          // kept while it does not change); so the paragraph must be numbered, and no other
          // paragraph of the article may carry its labels.
          const path = (c: Clause) => c.labels.join('|');
          const citable = (c: Clause) =>
            c.label !== undefined && /^[0-9]{1,3}$/.test(c.labels[0] ?? '') && section.clauses.filter((x) => path(x) === path(c)).length === 1;
          const anchor = section.clauses
            .slice(0, section.clauses.indexOf(clause))
            .find((c) => {
              if (!citable(c)) return false;
              const earlier = offered.slice(0, offeredBefore).find((o) => o.clause === c);
              return earlier ? !!ctx.fixes.replaceClause(c, 'balanced-dissemination', undefined, earlier.within) : ctx.fixes.holdsTemplate(c, 'balanced-dissemination');
            });
          if (anchor) {
            const provision = `paragraph ${anchor.labels[0]}${anchor.labels.slice(1).map((l) => `(${l})`).join('')}`;
            const byReference = ctx.fixes.replaceClause(clause, 'dissemination-by-reference', `Replace the restriction in ${clause.citation} with a reference to ${anchor.citation}`, region, { PROVISION: provision });
            if (byReference) return byReference;
          }
          return ctx.fixes.replaceClause(clause, 'balanced-dissemination', undefined, region);
        },
        () => ctx.fixes.recordException(clause, 'over-restricted-dissemination'),
      );
      ctx.report({
        span: clause.sourceSpan(first.start, found[found.length - 1]!.end),
        message:
          `${clause.citation} ${described}: ${why}. Policy wants information received from a partner to be usable and disseminable as broadly as possible for counter-terrorism purposes; ` +
          'a restriction beyond standard handling is acceptable only as the price of particularly high-value information, and then calibrated (for example consent only for disclosure to a third country or the public). ' +
          (retentionOnly
            ? 'Use the retention clause (keep information as long as its permitted uses need it), or record the restriction as a justified high-value exception.'
            : 'Use the balanced dissemination clause, or record the restriction as a justified high-value exception.'),
        fixes,
      });
    }
  },
};

/** A clause of a section with its dissemination readings (over-restrictive and calibrated). */
export interface ClauseReadings {
  clause: Clause;
  readings: DisseminationReading[];
}

/**
 * The dissemination readings of each clause of a section that has any, read as the rule reads
 * them (the article's title, and each list item's lead-in). The hover and `--explain` show these.
 */
export function clauseReadings(section: Section): ClauseReadings[] {
  if (section.kind === 'preamble' || section.kind === 'title') return [];
  const classifiedSection = !!section.title && classifiedTitle.test(section.title);
  // Lead-ins ("... on the condition that it is:") by label depth, for the items under them.
  const leadIns: { labels: string[]; text: string }[] = [];
  const out: ClauseReadings[] = [];
  const clauses = section.clauses;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    while (leadIns.length && !isPrefix(leadIns[leadIns.length - 1]!.labels, clause.labels)) leadIns.pop();
    const leadIn = leadIns.map((l) => l.text).join('\n');
    const isLeadIn = /[:—–-]\s*$/.test(clause.text);
    if (isLeadIn) leadIns.push({ labels: clause.labels, text: clause.text });
    // A lead-in is read with its items ("may be used solely for the purpose of:" and (a)-(c)).
    const items = isLeadIn ? itemsOf(clauses, k) : undefined;
    const readings = readDissemination(clause.text, items ? { classifiedSection, leadIn, items } : { classifiedSection, leadIn });
    if (readings.length) out.push({ clause, readings });
  }
  return out;
}

/** The reading of a finding laid out for a person: a title line, then one line per element. */
export function explainReadings(citation: string, readings: readonly DisseminationReading[]): string {
  return readings.map((r) => [`Dissemination reading of ${citation}:`, ...explainReading(r).map((l) => `  ${l}`)].join('\n')).join('\n');
}

/**
 * What a fix may replace. The restricting sentences alone, where the clause's other sentences say
 * nothing about use, disclosure or personal data (the rest stays consistent); the whole provision,
 * where every other sentence is about use or disclosure (so the balanced clause replaces them all)
 * and none carries privacy or classified handling; otherwise nothing.
 */
function replaceable(text: string, found: readonly DisseminationReading[], readings: readonly DisseminationReading[]): 'sentences' | 'whole' | 'none' {
  // A calibrated privacy or classified reading of the same clause would be lost with it.
  if (readings.some((r) => r.verdict === 'calibrated' && (r.subject !== 'shared-information' || r.exceptions.includes('protects-individuals')))) return 'none';
  if (found.some((r) => r.subject === 'personal-data')) return 'none';
  const others = sentences(text).filter((s) => !found.some((r) => r.start === s.start));
  const related = others.filter((s) => mayRestrict(s.norm) || /\b(?:use|used|disclos\w*|disseminat\w*|confidential\w*|secre(?:t|cy))\b/.test(s.norm));
  const sensitive = others.some((s) => mentionsClassified(s.text) || (mayNamePersonalData(s.norm) && personalDataIn(s.text).length > 0));
  if (related.length === 0) return 'sentences';
  if (sensitive) return 'none';
  return 'whole';
}

/**
 * The text of the items under the lead-in at `k`: the clauses after it whose labels go deeper than
 * its own and share them, at the depth of the first (at most 12, and 2,000 characters).
 */
function itemsOf(clauses: readonly Clause[], k: number): string | undefined {
  const lead = clauses[k]!;
  const first = clauses[k + 1];
  if (!first || first.labels.length <= lead.labels.length || !isPrefix(lead.labels, first.labels)) return undefined;
  const depth = first.labels.length;
  let text = '';
  for (let j = k + 1; j < clauses.length && j <= k + 12; j++) {
    const c = clauses[j]!;
    if (c.labels.length < depth || !isPrefix(lead.labels, c.labels)) break;
    text += `${c.text}\n`;
    if (text.length > 2000) break;
  }
  return text;
}

/** Whether `a` is a prefix of `b` (the lead-in's labels before an item's, or an unlabelled item's own). */
function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((x, i) => x === b[i]);
}
