/**
 * Reports standard clauses, recorded by their provenance marker (`<!-- clause: id@version -->`),
 * whose text drifted from the approved version of their template, or whose template the library
 * now holds in a newer version. A marker naming a template the library does not have is not
 * reported (a draft may come from another team's library): `agreement-lint clauses` lists it.
 * Silent on a draft without markers.
 */
import { lazyFixes, type Rule } from '../rule.js';
import { findMarks, markedClauses, type MarkedClause, type ProvenanceMemo } from '../templates/provenance.js';

export const clauseProvenance: Rule = {
  meta: {
    id: 'clause-provenance',
    title: 'Standard clause changed from its approved text, or outdated',
    defaultSeverity: 'information',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report, templates, fixes, state }) {
    // Most drafts have no marker: one look at the comment blocks of each section, nothing more.
    if (findMarks(model).length === 0) return;
    const memo = state<ProvenanceMemo>(() => new Map());
    if (memo.size > 200) memo.clear();
    for (const c of markedClauses(model, templates, memo)) {
      if (c.status === 'drifted') {
        report({
          span: c.changed ?? c.extent,
          message: `${c.citation} was inserted as the standard clause "${c.template!.title}" (${c.templateId}@${c.version}${approval(c)}), but its text no longer reads as that version: ${changeSummary(c)}. Hover over the clause to see every difference; restore the approved text, or have the new wording approved as a new version of the template.`,
          fixes: lazyFixes(() => fixes.rewriteMarked(c, c.values ?? {}, `Restore the approved text of "${c.template!.title}" (version ${c.version}), keeping the filled values`)),
        });
      } else if (c.status === 'outdated') {
        const t = c.template!;
        report({
          span: c.span,
          message: `${c.citation} holds version ${c.version} of the standard clause "${t.title}" (${c.templateId}); the clause library now holds version ${t.version}${approval(c)}. Upgrade the clause, or keep the older wording on purpose.`,
          fixes: lazyFixes(() => fixes.rewriteMarked(c, c.values ?? {}, `Upgrade "${t.title}" to version ${t.version}, keeping the filled values`)),
        });
      }
    }
  },
};

/** ", approved by X on D" when the library's template says so. */
function approval(c: MarkedClause): string {
  const a = c.template?.approved;
  return a ? `, approved by ${a.by} on ${a.date}` : '';
}

/** "2 words added and 1 taken out (hover to see the difference)". */
function changeSummary(c: MarkedClause): string {
  const count = (kind: 'actual' | 'approved') => (c.diff ?? []).filter((p) => p.kind === kind).reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  const added = count('actual');
  const removed = count('approved');
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  const parts = [added ? `${words(added)} added` : '', removed ? `${words(removed)} of the approved text missing` : ''].filter(Boolean);
  // The first change, quoted, so that the message says what changed where no hover is at hand (CLI).
  const diff = c.diff ?? [];
  const at = diff.findIndex((p) => p.kind === 'actual' || p.kind === 'approved');
  let end = at;
  while (end + 1 < diff.length && (diff[end + 1]!.kind === 'actual' || diff[end + 1]!.kind === 'approved')) end++;
  const run = at >= 0 ? diff.slice(at, end + 1) : [];
  const was = run.filter((p) => p.kind === 'approved').map((p) => p.text).join(' ');
  const now = run.filter((p) => p.kind === 'actual').map((p) => p.text).join(' ');
  const first = was && now ? `"${short(was)}" became "${short(now)}"` : was ? `"${short(was)}" was taken out` : now ? `"${short(now)}" was added` : '';
  return `${parts.join(' and ') || 'its wording changed'}${first ? `; first, ${first}` : ''}`;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
