/**
 * The "Agreement Review" view as data: a pure function from the server's `Review` of a draft to the
 * nodes of the tree, and the comparison of two trees that tells the view which nodes to redraw.
 * No `vscode` here, so that the tree is tested without an editor (test/client/review-tree.test.ts);
 * client/src/review-view.ts turns the nodes into tree items.
 */
import type {
  Checklist,
  ChecklistItem,
  FlowConflict,
  InformationFlow,
  ProvisionReview,
  Review,
  ReviewPlace,
  ReviewSuppression,
} from '../../server/src/core/review/types.js';
import type { Range, Span } from '../../server/src/core/types.js';

/** A codicon and, optionally, the theme colour it is drawn in. */
export interface IconRef {
  id: string;
  color?: string;
}

/** Where a click on a node takes the reviewer: a range of the draft, or a span (offsets) of it. */
export type NodeTarget = { range: Range } | { span: Span };

/** One node of the review tree. Its `id` is stable from one review of a draft to the next. */
export interface ReviewNode {
  id: string;
  label: string;
  description?: string;
  /** Markdown, with the draft's words escaped. */
  tooltip?: string;
  icon?: IconRef;
  /** What the view's menus key on: `reviewItem.missing.fixable` gets the inline fix action. */
  contextValue?: string;
  target?: NodeTarget;
  /** For a missing element with a standard fix: the finding whose code action supplies it. */
  fix?: { ruleId: string; span: Span; title: string; range?: Range };
  /** Shown open the first time the node appears (the editor remembers the reviewer's choice after). */
  expanded?: boolean;
  children: ReviewNode[];
}

/** The theme colours the icons use (VS Code's own colour ids). */
export const COLORS = {
  present: 'testing.iconPassed',
  missing: 'problemsWarningIcon.foreground',
  error: 'problemsErrorIcon.foreground',
  info: 'problemsInfoIcon.foreground',
  muted: 'disabledForeground',
} as const;

const STATE_ICON: Record<ChecklistItem['state'], IconRef> = {
  present: { id: 'pass', color: COLORS.present },
  missing: { id: 'warning', color: COLORS.missing },
  'not-applicable': { id: 'circle-slash', color: COLORS.muted },
};

const CONDITION: Record<InformationFlow['condition'], string> = {
  none: 'no condition',
  notice: 'after notice to the providing Party',
  consent: 'with the providing Party\'s consent',
  marking: 'as the information is marked',
  purpose: 'for the stated purposes only',
  necessity: 'where necessary',
  never: 'never',
};

/** The tree of a review: summary, the three checklists, provisions, flows, conflicts, suppressions. */
export function buildReviewTree(review: Review): ReviewNode[] {
  const ids = new Ids();
  return [
    summaryNode(review),
    ...review.checklists.map((c) => checklistNode(c, ids)),
    provisionsNode(review.provisions, ids),
    flowsNode(review.flows, ids),
    conflictsNode(review.conflicts, ids),
    suppressionsNode(review.suppressions, ids),
  ];
}

/** A tree of one node that says why there is no review (the server lacks the request, or failed). */
export function messageTree(id: string, label: string, tooltip?: string): ReviewNode[] {
  return [{ id: `message/${id}`, label, ...(tooltip ? { tooltip } : {}), icon: { id: 'info', color: COLORS.info }, children: [] }];
}

/** How many checklist elements are missing in a review (for the view's badge). */
export function missingCount(review: Review): number {
  return review.checklists.filter((c) => c.applies).reduce((n, c) => n + c.items.filter((i) => i.state === 'missing').length, 0);
}

function summaryNode(review: Review): ReviewNode {
  const s = review.summary;
  const f = s.findings;
  const findings = plural(f.error, 'error') + ', ' + plural(f.warning, 'warning') + ', ' + plural(f.information, 'information', 'information') + (f.hint ? `, ${plural(f.hint, 'hint')}` : '');
  const total = f.error + f.warning + f.information + f.hint;
  const rows: [string, string, string | undefined, string][] = [
    ['parties', 'Parties', s.parties.length ? s.parties.join('; ') : undefined, 'organization'],
    ['partner', 'Partner', s.partner, 'globe'],
    ['data', 'Information exchanged', s.data.length ? s.data.join(', ') : undefined, 'database'],
    ['classification', 'Classification', s.classification, s.classification ? 'lock' : 'unlock'],
    ['handling', 'Handling', s.handling, 'tag'],
  ];
  const children: ReviewNode[] = rows.map(([id, label, value, icon]) => ({
    id: `summary/${id}`,
    label,
    description: value ?? 'not stated in the front matter',
    tooltip: `**${label}:** ${value === undefined ? '*not stated in the front matter*' : md(value)}`,
    icon: { id: icon },
    children: [],
  }));
  children.push({
    id: 'summary/findings',
    label: 'Findings',
    description: total === 0 ? 'none' : findings,
    tooltip: total === 0 ? 'No findings in this draft.' : `Findings in this draft: ${findings}. The Problems panel lists them.`,
    icon: f.error > 0 ? { id: 'error', color: COLORS.error } : total > 0 ? { id: 'warning', color: COLORS.missing } : { id: 'pass', color: COLORS.present },
    children: [],
  });
  return {
    id: 'summary',
    label: 'Summary',
    description: s.title,
    tooltip: s.title ? `**${md(s.title)}**` : 'The draft has no title in its front matter.',
    icon: { id: 'law' },
    expanded: false,
    children,
  };
}

function checklistNode(c: Checklist, ids: Ids): ReviewNode {
  const present = c.items.filter((i) => i.state === 'present').length;
  const missing = c.items.filter((i) => i.state === 'missing').length;
  const counted = c.items.filter((i) => i.state !== 'not-applicable').length;
  const description = !c.applies ? 'does not apply' : counted === 0 ? 'nothing to confirm' : `${present} of ${counted} present${missing ? `, ${missing} missing` : ''}`;
  const icon: IconRef = !c.applies ? STATE_ICON['not-applicable'] : missing > 0 ? STATE_ICON.missing : STATE_ICON.present;
  return {
    id: ids.take(`checklist/${c.id}`),
    label: c.title,
    description,
    tooltip: `**${md(c.title)}** — ${c.applies ? 'applies to this draft' : 'does not apply to this draft'}.\n\n${md(c.why)}`,
    icon,
    contextValue: 'reviewChecklist',
    expanded: c.applies,
    children: c.items.map((i) => itemNode(i, ids)),
  };
}

function itemNode(item: ChecklistItem, ids: Ids): ReviewNode {
  const id = ids.take(`item/${item.id}`);
  const state = item.state === 'present' ? 'present' : item.state === 'missing' ? 'missing' : 'not applicable';
  const lines = [`**${md(item.label)}** — ${state}`];
  if (item.framework) lines.push(`*${md(item.framework)}*`);
  if (item.why) lines.push(md(item.why));
  if (item.where.length) lines.push(item.where.map((p) => `- ${placeLine(p)}`).join('\n'));
  if (item.fix) lines.push(`Fix: ${md(item.fix.title)} (the wand beside the item applies it).`);
  const description = item.state === 'present' ? item.where.map((p) => p.citation).filter(unique).join(', ') || 'present' : state;
  const node: ReviewNode = {
    id,
    label: item.label,
    description,
    tooltip: lines.join('\n\n'),
    icon: STATE_ICON[item.state],
    contextValue: `reviewItem.${item.state}${item.fix ? '.fixable' : ''}`,
    children: item.where.length > 1 ? item.where.map((p, n) => placeNode(p, `${id}/where/${n}`)) : [],
  };
  if (item.where[0]) node.target = { range: item.where[0].range };
  else if (item.fix) node.target = item.fix.range ? { range: item.fix.range } : { span: item.fix.span };
  if (item.fix) node.fix = item.fix;
  return node;
}

function placeNode(p: ReviewPlace, id: string): ReviewNode {
  return { id, label: p.citation, description: p.quote, tooltip: placeLine(p), icon: { id: 'quote' }, contextValue: 'reviewPlace', target: { range: p.range }, children: [] };
}

function provisionsNode(provisions: ProvisionReview[], ids: Ids): ReviewNode {
  const over = provisions.filter((p) => p.verdict === 'over-restrictive').length;
  const calibrated = provisions.length - over;
  return {
    id: 'provisions',
    label: 'Dissemination provisions',
    description: provisions.length === 0 ? 'none in this draft' : [over ? `${over} over-restrictive` : '', calibrated ? `${calibrated} calibrated` : ''].filter(Boolean).join(', '),
    tooltip: 'Every clause that restricts the use or the onward dissemination of the information received, as the dissemination check reads it, with its verdict.',
    icon: over > 0 ? { id: 'warning', color: COLORS.missing } : { id: 'pass', color: COLORS.present },
    expanded: over > 0,
    children: provisions.map((p) => ({
      id: ids.take(`provision/${p.place.citation}`),
      label: p.place.citation,
      description: `${p.verdict} — ${withoutCitation(p.reading, p.place.citation)}`,
      tooltip: [`**${md(p.place.citation)}** — ${p.verdict}`, md(p.reading), md(p.why), `> ${md(p.place.quote)}`].join('\n\n'),
      icon: p.verdict === 'over-restrictive' ? { id: 'warning', color: COLORS.missing } : { id: 'pass', color: COLORS.present },
      contextValue: `reviewProvision.${p.verdict}`,
      target: { range: p.place.range },
      children: [],
    })),
  };
}

function flowsNode(flows: InformationFlow[], ids: Ids): ReviewNode {
  const permitted = flows.filter((f) => f.permitted).length;
  const forbidden = flows.length - permitted;
  const byFrom = groupBy(flows, (f) => f.from);
  return {
    id: 'flows',
    label: 'Information flows',
    description: flows.length === 0 ? 'none stated' : [permitted ? `${permitted} permitted` : '', forbidden ? `${forbidden} forbidden` : ''].filter(Boolean).join(', '),
    tooltip: 'Who may pass what to whom, on what condition, as the draft permits or forbids it: grouped by who passes the information, then by what is passed.',
    icon: { id: 'git-compare' },
    expanded: flows.length > 0 && flows.length <= 12,
    children: [...byFrom].map(([from, list]) => {
      const fromId = ids.take(`flows/${from}`);
      return {
        id: fromId,
        label: from,
        description: plural(list.length, 'flow'),
        icon: { id: 'organization' },
        expanded: true,
        children: [...groupBy(list, (f) => f.what)].map(([what, flowsOf]) => {
          const whatId = ids.take(`${fromId}/${what}`);
          return {
            id: whatId,
            label: what,
            description: plural(flowsOf.length, 'flow'),
            icon: { id: 'file-text' },
            expanded: true,
            children: flowsOf.map((f) => flowNode(f, ids.take(`${whatId}/${f.to.join(',')}|${f.condition}|${f.permitted}@${f.place.citation}`))),
          };
        }),
      };
    }),
  };
}

function flowNode(f: InformationFlow, id: string, prefix = ''): ReviewNode {
  const to = f.to.join(', ');
  return {
    id,
    label: `${prefix}${f.permitted ? 'to' : 'not to'} ${to}`,
    description: `${f.permitted ? CONDITION[f.condition] : 'forbidden'} · ${f.place.citation}`,
    tooltip: [`**${md(flowSentence(f))}**`, `> ${md(f.place.quote)}`].join('\n\n'),
    icon: f.permitted ? { id: 'arrow-right', color: COLORS.present } : { id: 'circle-slash', color: COLORS.error },
    contextValue: `reviewFlow.${f.permitted ? 'permitted' : 'forbidden'}`,
    target: { range: f.place.range },
    children: [],
  };
}

/** "Article 3(1): the Receiving Party may pass Screening Information to ..., with ..., for ...". */
export function flowSentence(f: InformationFlow): string {
  const purposes = f.purposes.length ? `, for ${f.purposes.join(', ')}` : '';
  if (!f.permitted || f.condition === 'never') return `${f.place.citation}: ${f.from} may not pass ${f.what} to ${f.to.join(', ')}${purposes}.`;
  const condition = f.condition === 'none' ? ', on no condition' : `, ${CONDITION[f.condition]}`;
  return `${f.place.citation}: ${f.from} may pass ${f.what} to ${f.to.join(', ')}${condition}${purposes}.`;
}

function conflictsNode(conflicts: FlowConflict[], ids: Ids): ReviewNode {
  return {
    id: 'conflicts',
    label: 'Conflicting flows',
    description: conflicts.length === 0 ? 'none found' : plural(conflicts.length, 'conflict'),
    tooltip: 'Flows that contradict each other: one clause permits what another forbids.',
    icon: conflicts.length ? { id: 'error', color: COLORS.error } : { id: 'pass', color: COLORS.present },
    expanded: conflicts.length > 0,
    children: conflicts.map((c) => {
      const id = ids.take(`conflict/${c.permits.place.citation}~${c.forbids.place.citation}`);
      return {
        id,
        label: `${c.forbids.place.citation} forbids what ${c.permits.place.citation} permits`,
        tooltip: [md(c.why), `- ${md(flowSentence(c.permits))}`, `- ${md(flowSentence(c.forbids))}`].join('\n\n'),
        icon: { id: 'error', color: COLORS.error },
        contextValue: 'reviewConflict',
        target: { range: c.forbids.place.range },
        expanded: true,
        children: [flowNode(c.permits, `${id}/permits`, `${c.permits.place.citation}: `), flowNode(c.forbids, `${id}/forbids`, `${c.forbids.place.citation}: `)],
      };
    }),
  };
}

function suppressionsNode(suppressions: ReviewSuppression[], ids: Ids): ReviewNode {
  const unjustified = suppressions.filter((s) => !s.justification).length;
  return {
    id: 'suppressions',
    label: 'Suppressions',
    description: suppressions.length === 0 ? 'none' : `${plural(suppressions.length, 'suppression')}${unjustified ? `, ${unjustified} without justification` : ''}`,
    tooltip: 'The suppression comments in force, with the justification written with each: the audit record of what the review was told not to report.',
    icon: { id: 'mute' },
    expanded: false,
    children: suppressions.map((s) => ({
      id: ids.take(`suppression/${s.place.citation}/${s.ruleIds.join(',')}`),
      label: s.ruleIds.join(', '),
      description: `${s.place.citation}${s.justification ? ` — ${s.justification}` : ' — no justification'}`,
      tooltip: [`**${md(s.ruleIds.join(', '))}** suppressed at ${md(s.place.citation)}`, s.justification ? `Justification: ${md(s.justification)}` : '*No justification was written with this suppression.*'].join('\n\n'),
      icon: s.justification ? { id: 'comment' } : { id: 'warning', color: COLORS.missing },
      contextValue: 'reviewSuppression',
      target: { range: s.place.range },
      children: [],
    })),
  };
}

/** The nodes of a tree by id, with the id of each one's parent (undefined at the root). */
export function indexTree(roots: ReviewNode[]): Map<string, { node: ReviewNode; parent: string | undefined }> {
  const map = new Map<string, { node: ReviewNode; parent: string | undefined }>();
  const walk = (nodes: ReviewNode[], parent: string | undefined) => {
    for (const n of nodes) {
      map.set(n.id, { node: n, parent });
      walk(n.children, n.id);
    }
  };
  walk(roots, undefined);
  return map;
}

/**
 * What to redraw when a tree is replaced by the next: `root` when the top-level nodes are not the
 * same ids in the same order; otherwise the ids of the highest nodes that look different or whose
 * children changed (redrawing a node redraws what is under it). Nothing, when nothing changed.
 */
export function changedNodes(before: ReviewNode[], after: ReviewNode[]): { root: boolean; changed: string[] } {
  if (!sameIds(before, after)) return { root: true, changed: [] };
  const old = indexTree(before);
  const changed: string[] = [];
  const walk = (nodes: ReviewNode[]) => {
    for (const n of nodes) {
      const o = old.get(n.id)?.node;
      if (!o || !samePresentation(o, n) || !sameIds(o.children, n.children)) changed.push(n.id);
      else walk(n.children);
    }
  };
  walk(after);
  return { root: false, changed };
}

function sameIds(a: ReviewNode[], b: ReviewNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n.id === b[i]!.id);
}

function samePresentation(a: ReviewNode, b: ReviewNode): boolean {
  return (
    a.label === b.label &&
    a.description === b.description &&
    a.tooltip === b.tooltip &&
    a.contextValue === b.contextValue &&
    a.expanded === b.expanded &&
    a.icon?.id === b.icon?.id &&
    a.icon?.color === b.icon?.color &&
    JSON.stringify(a.target) === JSON.stringify(b.target) &&
    JSON.stringify(a.fix) === JSON.stringify(b.fix) &&
    (a.children.length === 0) === (b.children.length === 0)
  );
}

/** Hands out unique ids: a second "Article 3(1)" provision becomes "provision/Article 3(1)#2". */
class Ids {
  private readonly seen = new Map<string, number>();
  take(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  }
}

/** "Article 3(1) limits use ..." read under the row "Article 3(1)": "limits use ...". */
function withoutCitation(sentence: string, citation: string): string {
  return sentence.startsWith(`${citation} `) ? sentence.slice(citation.length + 1) : sentence;
}

function placeLine(p: ReviewPlace): string {
  return p.quote ? `${md(p.citation)}: “${md(p.quote)}”` : md(p.citation);
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = map.get(k);
    if (l) l.push(t);
    else map.set(k, [t]);
  }
  return map;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function unique<T>(t: T, i: number, all: T[]): boolean {
  return all.indexOf(t) === i;
}

/** Escapes the draft's words for a Markdown tooltip (no link, emphasis or HTML is made from them). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
