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
  // A term of three words or more written with a few words between its own ("stops in its area for
  // non-traffic purposes" for "stop for non-traffic purposes"): every word, in order, close
  // together, is the drafter using the term with a qualifier.
  const words = t.term.trim().split(/\s+/);
  if (words.length >= 3 && !t.term.includes('/')) out.push(words.map(wordForms).join(String.raw`\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}`));
  return out;
}

const cache = new WeakMap<SectionData, { key: string; found: Map<number, Span[]> }>();

/** Where each of the patterns matches in one section (section-relative), cached with the section. */
function sectionMatches(d: SectionData, patterns: RegExp[], key: string): Map<number, Span[]> {
  const hit = cache.get(d);
  if (hit && hit.key === key) return hit.found;
  const found = new Map<number, Span[]>();
  for (const c of d.clauses) {
    const text = c.reading.text;
    patterns.forEach((p, i) => {
      p.lastIndex = 0;
      for (const m of text.matchAll(p)) {
        const list = found.get(i) ?? [];
        list.push(shift(c.reading.spanToSource(m.index!, m.index! + m[0].length), c.span.start));
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
  const used = new Set<DefinedTerm>();
  for (const s of model.sections) {
    if (used.size === unused.length) break;
    for (const [i, spans] of sectionMatches(s.data, patterns, key)) {
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
    for (const t of unused) {
      if (used.has(t)) continue;
      report({
        span: t.span,
        message: `"${t.term}" is defined but never used in the draft, in any capitals or number; delete the definition, or use the term where the text means it.`,
      });
    }
  },
};
