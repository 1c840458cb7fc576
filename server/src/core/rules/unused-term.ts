/**
 * Reports defined terms that the draft never uses after defining them.
 *
 * The model's uses of a term are its exact forms (singular, plural, acronym), which rename and
 * find-references rely on. This rule asks more loosely, and only about terms with no such use: a
 * term counts as used when it appears outside its definition in any capitals and in the singular
 * or the plural of any of its words ("Readmission" as "readmission", "Atomic weapon" as "atomic
 * weapons", "fund or scheme" as "funds or schemes"), and a term "X of a Y" ("waters of a Party")
 * counts as used by "X" alone, since it is written for whichever Y the text names, and a term of
 * three words or more counts as used with a few words written between its own. So the rule
 * reports only a term that truly never appears again. The search is cached per section, so a
 * keystroke searches the edited section only.
 */
import { spanToSource } from '../criticmarkup.js';
import type { AgreementModel, DefinedTerm, SectionData } from '../model.js';
import type { Rule } from '../rule.js';
import { shift } from '../spans.js';
import type { Span } from '../types.js';

const articles = new Set(['a', 'an', 'the', 'any', 'each', 'that', 'such', 'either', 'every']);

/** A pattern source for one word in any case and number ("authority": "authority|authorities"). */
function wordForms(word: string): string {
  const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (articles.has(escaped)) return '(?:a|an|the|any|each|that|such|either|every)';
  // British and American spellings are one word: "recognised" and "recognized".
  const w = escaped.replace(/i[sz](?=[aei])/g, 'i[sz]');
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}(?:y|ies)`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}(?:y|ies)`;
  if (/(?:ss|x|ch|sh)$/.test(w)) return `${w}(?:es)?`;
  if (/[^s]s$/.test(w) && w.length > 3) return `${w.slice(0, -1)}(?:s|es)?`;
  if (/[^s]es$/.test(w) && w.length > 4) return `${w.slice(0, -2)}(?:e|es)?s?`;
  return `${w}(?:s|es)?`;
}

/** A pattern source for a term written in any capitals and number, with any spacing around "/". */
function phraseForms(term: string): string {
  return term
    .trim()
    .split(/\s*\/\s*|\s+/)
    .map(wordForms)
    .join(term.includes('/') ? String.raw`(?:\s*\/\s*|\s+)` : String.raw`\s+`);
}

/** The pattern sources that count as a use of a term. */
function looseForms(t: DefinedTerm): string[] {
  const out = [phraseForms(t.term)];
  // "national of a Contracting Party": written for whichever party the text names, so "nationals"
  // is a use of it.
  const m = /^(.+?)\s+of\s+(?:a|an|the|any|each)\s+\S/i.exec(t.term);
  if (m && /\p{L}{3}/u.test(m[1]!)) out.push(phraseForms(m[1]!));
  for (const a of t.aliases) out.push(a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return out;
}

/**
 * Lower-case text that every loose form of a phrase contains: the first four letters of its
 * longest word (the forms differ only in a word's ending and in "is"/"iz"). A clause without it is
 * not searched with the phrase's pattern, which is most clauses for most terms.
 */
function needleOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/[\s/]+/).filter((w) => w && !articles.has(w));
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  // Cut before "is"/"iz", which the forms also write the other way ("recognised", "recognized").
  const head = longest.slice(0, 4);
  const cut = head.search(/i[sz]/);
  return cut >= 0 ? head.slice(0, cut) : head;
}

/** The needles of a term's loose forms: a clause that contains none of them holds no use. */
function needlesOf(t: DefinedTerm): string[] {
  const out = [needleOf(t.term)];
  const m = /^(.+?)\s+of\s+(?:a|an|the|any|each)\s+\S/i.exec(t.term);
  if (m) out.push(needleOf(m[1]!));
  for (const a of t.aliases) out.push(a.toLowerCase());
  return out;
}

/**
 * A term of three words or more written with a few words between its own ("stops in its area for
 * non-traffic purposes" for "stop for non-traffic purposes"): every word, in order, close together,
 * is the drafter using the term with a qualifier. Asked only of the terms still unused after the
 * other forms, and only in clauses that hold the start of every word of the term (the pattern is
 * costly to run over every clause).
 */
function usedWithWordsBetween(model: AgreementModel, terms: readonly DefinedTerm[]): Set<DefinedTerm> {
  const used = new Set<DefinedTerm>();
  const asked = terms.flatMap((t) => {
    const words = t.term.trim().split(/\s+/);
    if (words.length < 3 || t.term.includes('/')) return [];
    const heads = words.map((w) => needleOf(w)).filter(Boolean);
    return [{ t, heads, source: words.map(wordForms).join(String.raw`\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}`) }];
  });
  if (!asked.length) return used;
  const key = asked.map((a) => a.source).join('\u0000');
  let patterns: RegExp[] | undefined;
  const compiled = () => (patterns ??= asked.map((a) => new RegExp(`(?<![\\p{L}\\p{N}_-])${a.source}(?![\\p{L}\\p{N}_-])`, 'iu')));
  for (const s of model.sections) {
    for (const [i, spans] of sectionBetween(s.data, asked, compiled, key)) {
      const t = asked[i]!.t;
      if (used.has(t)) continue;
      for (const local of spans) {
        const span = shift(local, s.span.start);
        if (!t.definitions.some((d) => d.definition.start <= span.start && span.end <= d.definition.end)) {
          used.add(t);
          break;
        }
      }
    }
    if (used.size === asked.length) break;
  }
  return used;
}

const betweenCache = new WeakMap<SectionData, { key: string; found: Map<number, Span[]> }>();

/**
 * For each asked term, the first place in each clause of one section (section-relative) where its
 * words stand in order with a few words between: cached with the section while the asked terms
 * are the same, so that a keystroke reads only the section typed in.
 */
function sectionBetween(d: SectionData, asked: readonly { heads: string[] }[], patterns: () => RegExp[], key: string): Map<number, Span[]> {
  const hit = betweenCache.get(d);
  if (hit && hit.key === key) return hit.found;
  const found = new Map<number, Span[]>();
  for (const c of d.clauses) {
    const text = c.reading.text;
    const lower = text.toLowerCase();
    asked.forEach((a, i) => {
      if (!a.heads.every((h) => lower.includes(h))) return;
      const m = patterns()[i]!.exec(text);
      if (!m) return;
      const list = found.get(i) ?? [];
      list.push(shift(spanToSource(c.reading, m.index, m.index + m[0].length), c.span.start));
      found.set(i, list);
    });
  }
  betweenCache.set(d, { key, found });
  return found;
}

const cache = new WeakMap<SectionData, { key: string; found: Map<number, Span[]> }>();

/** Where each of the patterns matches in one section (section-relative), cached with the section. */
function sectionMatches(d: SectionData, patterns: RegExp[], needles: string[][], key: string): Map<number, Span[]> {
  const hit = cache.get(d);
  if (hit && hit.key === key) return hit.found;
  const found = new Map<number, Span[]>();
  for (const c of d.clauses) {
    const text = c.reading.text;
    const lower = text.toLowerCase();
    patterns.forEach((p, i) => {
      if (!needles[i]!.some((n) => lower.includes(n))) return;
      p.lastIndex = 0;
      for (const m of text.matchAll(p)) {
        const list = found.get(i) ?? [];
        list.push(shift(spanToSource(c.reading, m.index!, m.index! + m[0].length), c.span.start));
        found.set(i, list);
      }
    });
  }
  cache.set(d, { key, found });
  return found;
}

/** The terms of `unused` that the draft writes somewhere in another case or number. */
function usedLoosely(model: AgreementModel, unused: DefinedTerm[]): Set<DefinedTerm> {
  const sources = unused.map((t) => looseForms(t).join('|'));
  const key = sources.join('\u0000');
  const patterns = sources.map((s) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${s})(?![\\p{L}\\p{N}_-])`, 'giu'));
  const needles = unused.map(needlesOf);
  const used = new Set<DefinedTerm>();
  for (const s of model.sections) {
    if (used.size === unused.length) break;
    for (const [i, spans] of sectionMatches(s.data, patterns, needles, key)) {
      const t = unused[i]!;
      if (used.has(t)) continue;
      for (const local of spans) {
        const span = shift(local, s.span.start);
        // Not the definition itself, nor (but for an inline definition) the clause that holds it.
        if (t.definitions.some((d) => d.span.start < span.end && span.start < d.span.end)) continue;
        // A use earlier in the clause ("1 per cent of the earnings ... the term "earnings" means") counts.
        if (t.style !== 'inline' && t.definitions.some((d) => span.start >= d.span.start && span.end <= d.definition.end)) continue;
        used.add(t);
        break;
      }
    }
  }
  return used;
}

export const unusedTerm: Rule = {
  meta: {
    id: 'unused-term',
    title: 'Defined term that is never used',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report }) {
    const unused = model.terms.filter((t) => t.uses.length === 0);
    if (!unused.length) return;
    const used = usedLoosely(model, unused);
    const between = usedWithWordsBetween(model, unused.filter((t) => !used.has(t)));
    for (const t of unused) {
      if (used.has(t) || between.has(t)) continue;
      report({
        span: t.span,
        message: `"${t.term}" is defined but never used in the draft, in any capitals or number; delete the definition, or use the term where the text means it.`,
      });
    }
  },
};
