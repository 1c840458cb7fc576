/**
 * Suppressions: HTML comments that silence named rules, each with a written justification.
 *
 *     <!-- agreement-lint-disable-next-line rule-a, rule-b -- why -->
 *     <!-- agreement-lint-disable rule-a -- why -->  ...  <!-- agreement-lint-enable rule-a -->
 *     <!-- agreement-lint-disable-file rule-a -- why -->
 *
 * A suppression without a justification does not suppress: the `unjustified-suppression` rule
 * reports it instead. Comments are found per section (in the parsed HTML nodes, so comments in
 * code are never read) and paired into regions here, across sections.
 */
import type { Root, RootContent } from 'mdast';
import type { AgreementModel } from './model.js';
import { shift } from './spans.js';
import type { Span } from './types.js';

/** The four directives. */
export type SuppressionDirective = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

/** One suppression comment as written. */
export interface SuppressionComment {
  directive: SuppressionDirective;
  /** Span of the whole comment. */
  span: Span;
  /** Rule ids named, in order. */
  rules: string[];
  /** The text after ` -- `, trimmed; empty when missing. */
  justification: string;
}

/** A suppression comment and the part of the draft it silences. */
export interface Suppression extends SuppressionComment {
  /**
   * The spans silenced: for `disable-next-line`, the lines of the next block; for `disable`, up
   * to the matching `enable` (or the end of the draft); for `disable-file`, the whole draft;
   * empty for `enable`. A region with a `rule` silences that rule only (a `disable` naming several
   * rules may be closed for each at a different `enable`).
   */
  regions: (Span & { rule?: string })[];
  /** Whether it suppresses anything: it names rules and gives a justification. */
  effective: boolean;
}

const directivePattern = /<!--[ \t]*agreement-lint-(disable-next-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

/** Suppression comments in the HTML nodes of a parsed section (spans relative to the section). */
export function findSuppressionComments(root: Root): SuppressionComment[] {
  const out: SuppressionComment[] = [];
  const walk = (node: RootContent | Root) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      if (start === undefined) return;
      for (const m of node.value.matchAll(directivePattern)) {
        const body = m[2]!;
        const sep = /(?:^|\s)--(?:\s|$)/.exec(body);
        const ids = (sep ? body.slice(0, sep.index) : body).split(/[\s,]+/).filter(Boolean);
        const justification = sep ? body.slice(sep.index + sep[0].length).trim() : '';
        out.push({
          directive: m[1] as SuppressionDirective,
          span: { start: start + m.index!, end: start + m.index! + m[0].length },
          rules: ids,
          justification,
        });
      }
      return;
    }
    if ('children' in node) for (const c of node.children) walk(c as RootContent);
  };
  walk(root);
  return out;
}

/** Pairs the draft's suppression comments into regions. */
export function assembleSuppressions(model: AgreementModel): Suppression[] {
  const text = model.text;
  const all: Suppression[] = [];
  for (const s of model.sections) {
    for (const c of s.data.facts.suppressions) {
      const span = shift(c.span, s.span.start);
      all.push({ ...c, span, rules: [...c.rules], regions: [], effective: c.directive !== 'enable' && c.rules.length > 0 && c.justification !== '' });
    }
  }
  const open = new Map<string, Suppression>();
  for (const s of all) {
    if (s.directive === 'disable-file') s.regions.push({ start: 0, end: text.length });
    else if (s.directive === 'disable-next-line') s.regions.push(nextBlock(model, s.span.end));
    else if (s.directive === 'disable') {
      if (s.effective) for (const id of s.rules) if (!open.has(id)) open.set(id, s);
    } else {
      for (const id of s.rules) {
        const d = open.get(id);
        if (!d) continue;
        open.delete(id);
        d.regions.push({ start: d.span.end, end: s.span.start, rule: id });
      }
    }
  }
  // A `disable` left open runs to the end of the draft.
  for (const [id, d] of open) d.regions.push({ start: d.span.end, end: text.length, rule: id });
  return all;
}

/** The lines after the comment's line up to the next blank line (blank lines right after it are skipped). */
function nextBlock(model: AgreementModel, after: number): Span {
  const index = model.index;
  let line = index.lineOf(after) + 1;
  const blank = (l: number) => model.text.slice(index.lineStart(l), index.lineEnd(l)).trim() === '';
  while (line < index.lineCount && blank(line)) line++;
  if (line >= index.lineCount) return { start: model.text.length, end: model.text.length };
  const start = index.lineStart(line);
  let last = line;
  while (last + 1 < index.lineCount && !blank(last + 1)) last++;
  return { start, end: index.lineEnd(last) };
}

/** Whether a finding of `ruleId` starting at `offset` is silenced by an effective suppression. */
export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, offset: number): boolean {
  return suppressionOf(suppressions, ruleId, offset) !== undefined;
}

/** The effective suppression that silences a finding of `ruleId` starting at `offset`, if one does. */
export function suppressionOf(suppressions: readonly Suppression[], ruleId: string, offset: number): Suppression | undefined {
  for (const s of suppressions) {
    if (!s.effective || !s.rules.includes(ruleId)) continue;
    for (const r of s.regions) if ((r.rule === undefined || r.rule === ruleId) && offset >= r.start && (offset < r.end || (offset === r.end && r.start === r.end))) return s;
  }
  return undefined;
}
