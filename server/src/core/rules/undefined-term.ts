/**
 * Reports a capitalised phrase used mid-sentence as if it were a defined term when the draft never
 * defines it ("the Receiving Party shall protect Personal Data" with no definition of either).
 *
 * The check is deliberately conservative: it stays silent on the parties and their short names,
 * words of the title and of headings, references to this Agreement and its parts, names joined by
 * "of" ("Ministry of Justice"), names of institutions, instruments and laws and the titles of other
 * instruments ("the Vienna Convention on Consular Relations"), months and days, phrases expanded by
 * an acronym, quoted names, sentence-initial words, and any phrase none of whose words the draft
 * also uses in lower case (a sign of a proper name rather than a common noun capitalised as a term).
 * A phrase of several words needs a positive sign that it is meant as a term: it shares a word with
 * a capitalised defined term or "Party", or it is written twice and at least once after a
 * determiner ("the", "each", "its").
 */
import type { SectionFacts } from '../facts.js';
import type { AgreementModel } from '../model.js';
import type { Rule } from '../rule.js';
import { shift } from '../spans.js';
import { functionWords, termForms } from '../terms.js';

// Words that mark a phrase as a name of an instrument, a part of one, an institution, a place or a time.
const nameWords = new Set(
  (
    'Agreement Agreements Arrangement Arrangements Memorandum Memoranda Understanding Article Articles Annex Annexes Appendix ' +
    'Appendices Schedule Schedules Section Sections Paragraph Paragraphs Subparagraph Preamble Chapter Part Clause Protocol ' +
    'Protocols Convention Conventions Recommendation Recommendations Covenant Covenants Conference Conferences Treaty Treaties Charter Statute Act Acts Law Laws Code Regulation Regulations Directive ' +
    'Decision Decree Order Constitution Signatory Signatories Government Governments Ministry Ministries ' +
    'Minister Ministers Department Departments Secretary Secretariat Commission Commissioner Council Court Courts Union Kingdom ' +
    'Republic Federation Confederation Commonwealth Principality Emirates State States Nations Federal National Office Agency ' +
    'Agencies Bureau Service Services Police Parliament Congress Senate Assembly President Prime Embassy Consulate Committee ' +
    'Board University Institute International Member Members Session Sessions Meeting Review Bulletin Journal Gazette Organization Organisation Bank Fund Centre Center Authority Authorities Administration Directorate ' +
    'Division Unit Command Force Forces Army Navy Guard Customs Border Immigration Interior Foreign Affairs Homeland ' +
    'Defence Defense Treasury Street Avenue Road City County Province Region Territory Territories Island Islands Sea Gulf Ocean River Mount ' +
    'North South East West Northern Southern Eastern Western Central European America American Americas Europe Asia Africa ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday Mr Mrs Ms Dr Sir Madam Excellency Majesty Highness High Honourable Honorable God Internet Web English ' +
    'French Spanish German Dutch Arabic Russian Chinese Latin Version Versions Text Texts'
  ).split(' '),
);

const ordinal = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+(?:-[a-z]+)?(?:th|first|second|third))$/;

/** The words of `s` that make a name ("Receiving", "Party" from "the Receiving Party's"). */
function nameWordsOf(s: string | undefined, into: Set<string>): void {
  for (const w of (s ?? '').matchAll(/[\p{L}][\p{L}’'-]*/gu)) into.add(w[0].replace(/[’']s$/, ''));
}

// Each section's heading words, kept with its parsed data, so that a keystroke does not match the
// words of every heading of a long draft again.
const headingWordsCache = new WeakMap<readonly { text: string }[], string[]>();

function headingWords(headings: readonly { text: string }[]): string[] {
  let words = headingWordsCache.get(headings);
  if (!words) {
    const set = new Set<string>();
    for (const h of headings) nameWordsOf(h.text, set);
    headingWordsCache.set(headings, (words = [...set]));
  }
  return words;
}

/** Words of the parties, the title and the headings: the draft's own names. */
function ownWords(model: AgreementModel): Set<string> {
  const words = new Set<string>(['Party', 'Parties', 'Contracting']);
  const add = (s: string | undefined) => nameWordsOf(s, words);
  for (const p of model.frontMatter.parties) add(`${p.name} ${p.short}`);
  add(model.frontMatter.title);
  add(model.frontMatter.partner);
  for (const s of model.sections) for (const w of headingWords(s.data.headings)) words.add(w);
  for (const n of model.knownNames) add(n);
  return words;
}

function singular(w: string): string {
  // Most words do not end in "s": no pattern to run for them (this reads every word of a draft).
  if (w.charCodeAt(w.length - 1) !== 115 /* s */) return w;
  return w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}

// Each section's lower-case words with their singulars, kept with the section's facts (cached with
// the parsed section), so that a keystroke does not redo them for every section of a long draft.
const lowerFormsCache = new WeakMap<SectionFacts, string[]>();

function lowerForms(facts: SectionFacts): string[] {
  let forms = lowerFormsCache.get(facts);
  if (!forms) {
    const set = new Set<string>();
    for (const w of facts.lowerWords) set.add(w).add(singular(w));
    lowerFormsCache.set(facts, (forms = [...set]));
  }
  return forms;
}

/** What the check keeps between analyses of one document (see `RuleContext.state`). */
interface State {
  /** The lower-case word forms of the draft: how many of its sections' facts hold each. */
  lower: LowerForms;
  /** Each section's hits, valid while the draft-wide inputs that `context` names are the same. */
  hits: WeakMap<SectionFacts, { context: string; hits: Hit[] }>;
  /** The draft-wide inputs of the last check, and the key naming them. */
  last: { own: string; defined: string; lower: number; key: string };
}

interface LowerForms {
  facts: Map<SectionFacts, number>;
  counts: Map<string, number>;
  /** Changes whenever the set of forms changes. */
  version: number;
}

/**
 * The lower-case word forms of the whole draft, kept between checks: each section's forms are
 * counted in or out as sections come and go, so a keystroke touches the forms of the edited
 * section only.
 */
function draftLowerForms(model: AgreementModel, lowerState: LowerForms): { has(w: string): boolean; version: number } {
  const now = new Map<SectionFacts, number>();
  for (const s of model.sections) now.set(s.data.facts, (now.get(s.data.facts) ?? 0) + 1);
  const { facts: before, counts } = lowerState;
  let changed = false;
  const apply = (f: SectionFacts, delta: number) => {
    for (const w of lowerForms(f)) {
      const was = counts.get(w) ?? 0;
      const next = was + delta;
      if (next === 0) counts.delete(w);
      else counts.set(w, next);
      if (was === 0 || next === 0) changed = true;
    }
  };
  for (const [f, n] of now) if (n !== (before.get(f) ?? 0)) apply(f, n - (before.get(f) ?? 0));
  for (const [f, n] of before) if (!now.has(f)) apply(f, -n);
  lowerState.facts = now;
  if (changed) lowerState.version++;
  return { has: (w) => counts.has(w), version: lowerState.version };
}

/** A capitalised phrase of a section that the check reports, with its section-relative span. */
interface Hit {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Whether the phrase shares a word with a capitalised defined term (see `termWords`). */
  resembles: boolean;
  /** Whether a determiner stands before it ("the", "each", "its"). */
  determined: boolean;
  /** Its words other than function words, in lower case and singular: one must also stand in lower case in the draft. */
  common: string[];
}

export const undefinedTerm: Rule = {
  meta: {
    id: 'undefined-term',
    title: 'Capitalised term used as if defined but never defined',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
  },
  check({ model, report, state }) {
    const st = state<State>(() => ({
      lower: { facts: new Map(), counts: new Map(), version: 0 },
      hits: new WeakMap(),
      last: { own: '', defined: '', lower: -1, key: '' },
    }));
    const own = ownWords(model);
    // Defined forms in lower case: "Beneficial Owner" is a use of a defined "beneficial owner".
    const defined = new Set<string>();
    for (const t of model.terms) for (const f of [...termForms(t.term), ...t.aliases]) defined.add(f.toLowerCase());
    const definedPhrases = [...defined].filter((f) => f.includes(' '));
    // The words of the defined terms that the draft capitalises, and "party": a phrase that shares
    // one ("Personal Information" beside "Personal Data", "Requesting Party") looks like a term of
    // the draft's own making, not the name of something outside it.
    const termWords = new Set<string>(['party']);
    for (const t of model.terms) {
      if (!/\p{Lu}/u.test(t.term)) continue;
      for (const w of t.term.split(/[\s/]+/)) if (w.length > 2 && /^\p{Lu}/u.test(w) && !functionWords.has(w)) termWords.add(singular(w.toLowerCase()));
    }
    const lower = draftLowerForms(model, st.lower);
    const ownKey = [...own].join('\n');
    // The capitalised words of defined terms (termWords) decide hits too; the defined forms are in lower case.
    const definedKey = [...defined].join('\n') + '\u0001' + [...termWords].join('\n');
    // The draft-wide inputs of each section's hits (its own words, its defined terms and its
    // lower-case forms); the same string object as last time while they are unchanged.
    if (ownKey !== st.last.own || definedKey !== st.last.defined) {
      st.last = { own: ownKey, defined: definedKey, lower: lower.version, key: `${definedKey}\u0000${ownKey}` };
    }
    const context = st.last.key;
    const sectionHits = (facts: SectionFacts): Hit[] => {
      const cached = st.hits.get(facts);
      if (cached && cached.context === context) return cached.hits;
      const hits: Hit[] = [];
      for (const c of facts.capitalised) {
        const words = c.words;
        // Four or more capitalised words in a row name something (a system, a title, a body).
        if (words.length >= 4) continue;
        const lowerText = c.text.toLowerCase();
        if (defined.has(lowerText) || definedPhrases.some((f) => containsPhrase(lowerText, f))) continue;
        if (words.some((w) => nameWords.has(w) || nameWords.has(singular(w)))) continue;
        if (words.every((w) => own.has(w) || own.has(singular(w)) || defined.has(w.toLowerCase()))) continue;
        const resembles = words.some((w) => termWords.has(singular(w.toLowerCase())));
        // "the Fourth Replenishment", "the Sixty-second Session": a numbered event is a name.
        if (!resembles && ordinal.test(words[0]!)) continue;
        const common = words.filter((w) => !functionWords.has(w)).flatMap((w) => [w.toLowerCase(), singular(w.toLowerCase())]);
        hits.push({ start: c.span.start, end: c.span.end, text: c.text, key: singular(c.text.toLowerCase()), resembles, determined: c.determined ?? false, common });
      }
      st.hits.set(facts, { context, hits });
      return hits;
    };
    const seen = new Map<string, { first: { start: number; end: number }; text: string; more: { start: number; end: number }[]; resembles: boolean; determined: boolean }>();
    for (const s of model.sections) {
      if (s.kind === 'title') continue;
      for (const h of sectionHits(s.data.facts)) {
        // A common noun capitalised as a term: at least one of its words is also written in lower
        // case. Asked here rather than kept with the section's hits: the draft's lower-case words
        // change with almost every keystroke, its capitalised phrases seldom.
        if (!h.common.some((w) => lower.has(w))) continue;
        const span = shift(h, s.span.start);
        const entry = seen.get(h.key);
        if (entry) {
          entry.more.push(span);
          if (h.determined) entry.determined = true;
        } else seen.set(h.key, { first: span, text: h.text, more: [], resembles: h.resembles, determined: h.determined });
      }
    }
    for (const { first, text, more, resembles, determined } of seen.values()) {
      // A single capitalised word is reported only when the draft keeps writing it that way.
      if (!text.includes(' ') && (more.length < 1 || text.length < 4)) continue;
      // A phrase is reported only when something says it is meant as a term: it shares a word with
      // a capitalised defined term, or the draft writes it so twice or more and, as a term
      // is, after "the", "a", "each" or "its" at least once. A phrase written once ("the names of
      // the Commanding Officers"), or always bare ("claims Sickness Benefit or Maternity
      // Allowance"), is as often the name of a title, a benefit or a place as a term.
      if (text.includes(' ') && !resembles && (more.length < 1 || !determined)) continue;
      report({
        span: first,
        message: `"${text}" is capitalised as a defined term, but the draft never defines it; define it, or write it in lower case.`,
        related: more.slice(0, 5).map((span) => ({ span, message: `"${text}" is used here too` })),
      });
    }
  },
};

function containsPhrase(text: string, phrase: string): boolean {
  const i = text.indexOf(phrase);
  if (i < 0) return false;
  const before = text[i - 1];
  const after = text[i + phrase.length];
  return (before === undefined || before === ' ') && (after === undefined || after === ' ');
}
