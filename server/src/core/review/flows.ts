/**
 * Information flows (issue 19): who may pass what to whom, on what condition and for which
 * purposes, as the draft permits or forbids it. Two sources: the restriction readings of
 * dissemination.ts (a ban forbids a flow; consent, notice, necessity or a supplier's condition
 * permits it on that condition) and the permissions of permissions.ts ("may disseminate it within
 * its government to any agency with ..."). Flows are read once per section text (kept while the
 * section is unchanged, like the section's facts), so the contradictory-flows rule costs a keystroke
 * only the clauses typed in.
 *
 * Two flows conflict when one clause bans outright what another clause permits, for the same
 * information, the same recipients and the same side. The reading stays silent wherever it cannot
 * be sure: a clause that defers to another ("subject to", "except as provided in"), a ban with an
 * exception, a ban stated as the rule beside a release on consent (rule and exception) unless the
 * ban says it admits no exception, recipients named only loosely ("any third party", "anyone"), information named
 * differently, flows of different instruments (a Protocol, an Annex), or a permission of the
 * supplying side set against a bar on the receiving side.
 */
import type { Clause, Section, SectionData } from '../model.js';
import type { Span } from '../types.js';
import type { Recipient, Subject } from '../language/dissemination.js';
import { readPermissions } from '../language/permissions.js';
import { collapse } from '../language/sentences.js';
import { clauseReadings } from '../rules/over-restricted-dissemination.js';
import type { InformationFlow } from './types.js';

/** A flow as read from one section, before it is placed for a person (no ranges). */
export interface RawFlow {
  section: Section;
  clause: Clause;
  /** The sentence's span in the draft. */
  span: Span;
  from: string;
  subject: Subject;
  to: Recipient[];
  purposes: string[];
  condition: InformationFlow['condition'];
  permitted: boolean;
  quote: string;
  /** Whether the sentence defers to another provision or the restriction yields to an exception: never a side of a conflict. */
  qualified: boolean;
  /** Where it came from: a restriction reading, or a permission. */
  source: 'restriction' | 'permission';
  /** For a restriction: whether over-restricted-dissemination reports it. */
  overRestrictive: boolean;
  /** For a ban: whether it says it admits no exception ("under any circumstances", "in no case"). */
  absolute: boolean;
}

/** A flow of a section with offsets relative to the section (cached per parsed section). */
interface SectionFlow extends Omit<RawFlow, 'section' | 'clause' | 'span'> {
  clauseIndex: number;
  start: number;
  end: number;
}

const cache = new WeakMap<SectionData, SectionFlow[]>();

const absolute = /\b(?:under (?:no|any) circumstances?|in no (?:case|event|circumstances)|at no time|never|without exception|in any event)\b/;
const deferring = /\b(?:subject to|notwithstanding|except as (?:otherwise )?provided|save as (?:otherwise )?provided|unless otherwise|without prejudice to|in accordance with (?:article|paragraph|section|annex)|as provided (?:for )?in (?:article|paragraph|section|annex)|other than as provided)\b/;

/** The flows of a whole draft, in the order of the draft. */
export function draftFlows(sections: readonly Section[]): RawFlow[] {
  const out: RawFlow[] = [];
  for (const section of sections) {
    let p = placed.get(section);
    if (!p || p.data !== section.data) {
      p = { data: section.data, at: section.span.start, flows: placeFlows(section) };
      placed.set(section, p);
    } else if (p.at !== section.span.start) {
      // The section moved (see `rebase` in model.ts): its flows follow it.
      const by = section.span.start - p.at;
      for (const f of p.flows) f.span = { start: f.span.start + by, end: f.span.end + by };
      p.at = section.span.start;
    }
    for (const f of p.flows) out.push(f);
  }
  return out;
}

/**
 * The placed flows of each section, kept while the section is unchanged and moved with it, so that
 * a keystroke places only the flows of the section typed in (the rule runs on every keystroke).
 * Like the model they come from, they are valid until the next analysis with the same cache.
 */
const placed = new WeakMap<Section, { data: SectionData; at: number; flows: RawFlow[] }>();

function placeFlows(section: Section): RawFlow[] {
  return sectionFlows(section).map((f) => {
    const clause = section.clauses[f.clauseIndex]!;
    const { clauseIndex: _i, start, end, ...rest } = f;
    return { ...rest, section, clause, span: clause.sourceSpan(start, end) };
  });
}

function sectionFlows(section: Section): SectionFlow[] {
  const hit = cache.get(section.data);
  if (hit) return hit;
  const out: SectionFlow[] = [];
  if (section.kind !== 'preamble' && section.kind !== 'title') {
    const index = new Map(section.clauses.map((c, i) => [c, i]));
    const readings = new Map(clauseReadings(section).map((r) => [r.clause, r.readings]));
    for (const clause of section.clauses) {
      const i = index.get(clause)!;
      for (const r of readings.get(clause) ?? []) {
        if (r.condition === 'deadline' || r.condition === 'purpose') continue;
        const passes = r.acts.some((a) => a === 'disclosure' || a === 'transfer' || a === 'access') || r.recipients.includes('courts');
        if (!passes || r.recipients.length === 0) continue;
        const sentence = collapse(clause.text.slice(r.start, r.end)).toLowerCase();
        const banned = r.condition === 'never' || r.condition === 'one-agency';
        out.push({
          clauseIndex: i,
          start: r.start,
          end: r.end,
          from: r.actor,
          subject: r.subject,
          to: r.condition === 'one-agency' ? ['other-agencies'] : r.recipients,
          purposes: r.exceptions.includes('broad-purposes') ? ['counterterrorism and law enforcement'] : [],
          condition: banned ? 'never' : r.condition === 'consent' ? 'consent' : r.condition === 'notice' ? 'notice' : r.condition === 'necessity' ? 'necessity' : 'marking',
          permitted: !banned,
          quote: r.quote,
          qualified: r.exceptions.length > 0 || deferring.test(sentence),
          source: 'restriction',
          overRestrictive: r.verdict === 'over-restrictive',
          absolute: absolute.test(sentence),
        });
      }
      for (const p of readPermissions(clause.text)) {
        // A sentence read as a restriction with the same recipients is that restriction's exception, already a flow.
        // (On the same condition, the recipients it names that the restriction reading did not are added to it.)
        const same = out.find((f) => f.clauseIndex === i && f.start === p.start && f.to.some((t) => p.recipients.includes(t)));
        if (same) {
          if (same.permitted && same.condition === p.condition) same.to = [...same.to, ...p.recipients.filter((r) => !same.to.includes(r))];
          continue;
        }
        out.push({
          clauseIndex: i,
          start: p.start,
          end: p.end,
          from: p.actor,
          subject: p.subject,
          to: p.recipients,
          purposes: p.purposes,
          condition: p.condition,
          permitted: true,
          quote: p.quote,
          qualified: p.deferred,
          source: 'permission',
          overRestrictive: false,
          absolute: false,
        });
      }
    }
  }
  cache.set(section.data, out);
  return out;
}

/** Recipients precise enough to compare: "any third party" and "anyone" may or may not include them. */
const precise = new Set<Recipient>(['other-agencies', 'third-states', 'the-public', 'courts']);

/** Which side acts: the supplier of the information, its receiver, or either. */
function sideOf(actor: string): 'supplier' | 'receiver' | 'either' {
  let side = sides.get(actor);
  if (side === undefined) {
    const a = actor.toLowerCase();
    side = /\b(?:providing|supplying|sending|originating|transmitting|furnishing|disclosing|requested)\b/.test(a) ? 'supplier' : /\b(?:receiving|recipient|requesting)\b/.test(a) ? 'receiver' : 'either';
    if (sides.size > 2000) sides.clear();
    sides.set(actor, side);
  }
  return side;
}
const sides = new Map<string, 'supplier' | 'receiver' | 'either'>();

/** A permission and a ban that contradict each other, with the recipients both name. */
export interface RawConflict {
  permits: RawFlow;
  forbids: RawFlow;
  recipients: Recipient[];
}

/**
 * The pairs of flows that contradict each other (see the file comment for when it stays silent),
 * bans in the draft's order and, for each, the permissions in the draft's order. `bans` keeps only
 * the bans a caller asks about (the rule leaves the over-restrictive ones to their own rule). The
 * permissions are looked up by the recipients a ban names, not compared with every ban: a long
 * draft has hundreds of each, and the rule runs on every keystroke.
 */
export function flowConflicts(flows: readonly RawFlow[], bans: (f: RawFlow) => boolean = () => true): RawConflict[] {
  const out: RawConflict[] = [];
  const banned = flows.filter((f) => !f.permitted && f.condition === 'never' && !f.qualified && bans(f));
  if (banned.length === 0) return out;
  // Each unqualified permission under each precise recipient it names, with its place in the draft.
  const byRecipient = new Map<Recipient, { flow: RawFlow; at: number }[]>();
  flows.forEach((f, at) => {
    if (!f.permitted || f.qualified) return;
    for (const r of f.to) if (precise.has(r)) (byRecipient.get(r) ?? byRecipient.set(r, []).get(r)!).push({ flow: f, at });
  });
  for (const ban of banned) {
    const candidates = new Map<number, RawFlow>();
    for (const r of ban.to) for (const c of byRecipient.get(r) ?? []) candidates.set(c.at, c.flow);
    for (const [, p] of [...candidates].sort((a, b) => a[0] - b[0])) {
      if (p.clause === ban.clause) continue;
      if (p.section.instrument !== ban.section.instrument) continue;
      if (p.subject !== ban.subject) continue;
      const sides = [sideOf(p.from), sideOf(ban.from)];
      if (sides.includes('supplier') && sides[0] !== sides[1]) continue;
      // A ban stated as the rule and a release on consent read together as rule and exception,
      // unless the ban says it admits none.
      if (p.condition === 'consent' && !ban.absolute) continue;
      const shared = ban.to.filter((r) => precise.has(r) && p.to.includes(r));
      if (shared.length === 0) continue;
      out.push({ permits: p, forbids: ban, recipients: shared });
    }
  }
  return out;
}
