/**
 * What the mission checks need to know about one section (personal data named, privacy handling,
 * classified material and its terms, safeguarding; and, when asked, the exchange of information), read once per
 * section text and kept while the section is unchanged: the section's parsed data object is the
 * cache key, so a section that was not edited is not read again.
 */
import type { AgreementModel, Clause, DefinedTerm, Section } from '../model.js';
import { termForms } from '../terms.js';
import type { Span } from '../types.js';
import { shift } from '../spans.js';
import { TextMemo, VariantMemo } from './memo.js';
import { collapsedLower, collapsedText } from './sentences.js';
import { classifiedMentionIn, classifiedTermsIn, isSecurityInstrumentTitle, mentionsClassified, recitedInstrument, type ClassifiedElement } from './classified.js';
import { exchangeIn, headingNamesExchange, type ExchangeKind } from './exchange.js';
import { isRecital } from './modality.js';
import { isPrivacyHeading, personalDataIn, privacyHandlingIn, type PersonalDataMention, type PrivacyElement } from './privacy.js';

/** Facts about one section, with spans relative to the section's start. */
export interface SectionFacts {
  /** Where personal data is named, and how. */
  personal: { span: Span; text: string }[];
  privacyPresent: boolean;
  privacyElements: Set<PrivacyElement>;
  /** Elements supplied by terms for the exchanged information as a whole (see `PrivacyHandling.general`). */
  privacyGeneral: Set<PrivacyElement>;
  /** Where classified material is first named. */
  classified: { span: Span; text: string }[];
  classifiedElements: Set<ClassifiedElement>;
  /** Whether any of those elements is a formal term on its own (a bare return at termination is not). */
  classifiedFormal: boolean;
  /** The operative clauses (by index) read outside a classified context: a classified front matter puts them in one. */
  outsideClassifiedContext: number[];
  /** Whether a clause protects shared information from public or unauthorised disclosure. */
  safeguarding: boolean;
}

const cache = new WeakMap<object, { meaning: Meaning; facts: SectionFacts }>();
// The same, read in a draft whose front matter marks it classified (every clause is then in a
// classified context unless its own words say otherwise).
const classifiedDraftCache = new WeakMap<object, { meaning: Meaning; facts: SectionFacts }>();

/**
 * What the draft's defined terms mean (domain brief: a defined term carries the categories of its
 * definition). A term whose definition names personal data ("Screening Information" means
 * biographic and biometric information ...) is personal data wherever it is used, and one whose
 * definition names classified information is classified material wherever it is used, so that
 * "protect Screening Information against unauthorised access" is a security term for personal data.
 */
export interface Meaning {
  /** A small number naming this meaning (0: no term carries a category), for the memos. */
  id: number;
  /** The written forms of the terms that mean personal data, and of those that mean classified material. */
  personal?: RegExp;
  classified?: RegExp;
}

const noMeaning: Meaning = { id: 0 };
/** Each distinct set of categorised terms, numbered in turn (a draft's definitions rarely change). */
const meanings = new Map<string, Meaning>();

/** What a definition's text says its term covers (read once per definition text). */
const definitionMemo = new TextMemo<{ personal: boolean; classified: boolean }>(2000);

function categoriesOf(definition: string): { personal: boolean; classified: boolean } {
  return definitionMemo.get(definition, () => {
    const lower = definition.toLowerCase();
    // "... does not include personal data": a definition that excludes the category.
    const excluded = (what: RegExp) => new RegExp(String.raw`\b(?:not|no|excluding|except|other than|without)\b[^.;]{0,40}` + what.source).test(lower);
    const personal = personalDataIn(definition).length > 0 && !excluded(/\bpersonal\b/);
    // A definition says what its term is ("information that either Party has classified"), so the
    // word itself is enough here, where elsewhere it needs a noun ("classified information").
    const classified = (mentionsClassified(definition) || /\bclassified\b|\bsecurity classification|\b(?:TOP SECRET|SECRET)\b/.test(definition.replace(/\bclassified\b/gi, (w) => w.toLowerCase()))) && !/\bunclassified\b/.test(lower) && !excluded(/\bclassified\b/);
    return { personal, classified };
  });
}

/** The meaning the draft's defined terms carry. */
export function meaningOf(terms: readonly DefinedTerm[], text: string): Meaning {
  if (terms.length === 0) return noMeaning;
  const personal: string[] = [];
  const classified: string[] = [];
  for (const t of terms) {
    const d = t.definitions[0]?.definition ?? t.definition;
    // The definition's text after the term itself, so that a term named "Classified Information"
    // is read from what it is said to mean.
    const after = text.slice(Math.max(d.start, t.span.end), d.end);
    if (after.length > 4000) continue;
    const c = categoriesOf(after);
    const forms = [t.term, ...t.aliases].flatMap(termForms);
    if (c.personal) personal.push(...forms);
    if (c.classified) classified.push(...forms);
  }
  if (personal.length === 0 && classified.length === 0) return noMeaning;
  const key = `${personal.sort().join('\u0000')}\u0001${classified.sort().join('\u0000')}`;
  let m = meanings.get(key);
  if (!m) {
    if (meanings.size > 200) meanings.clear();
    m = { id: meanings.size + 1, personal: formsPattern(personal), classified: formsPattern(classified) };
    meanings.set(key, m);
  }
  return m;
}

function formsPattern(forms: string[]): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'u');
}


const safeguardingPattern =
  /\b(?:(?:degree|level|standard) of (?:security )?protection|adequately protected|(?:shall|will|must) (?:be )?(?:protect|safeguard)\w*)\b|\b(?:protect|safeguard|keep|kept|maintain|treat|hold|preserve)\w*\b[^.;]{0,100}\b(?:confidential\w*|secrecy|secret|from (?:any )?(?:public |unauthori[sz]ed |further )?disclosure|against (?:public |unauthori[sz]ed )?(?:disclosure|access))|\bconfidentiality\b|\b(?:shall|will|may) not (?:be )?(?:made public|disclosed? to the public|published)\b|\bprotected from\b|\bsafeguard\w* (?:all |the |such |any )?(?:information|data|material)\b|\bTLP:|\bhandling (?:markings?|labels?|caveats?|restrictions?)\b/i;
const safeguardHeading = /\b(?:confidentiality|safeguard\w*|protection of (?:shared |exchanged )?information|security of information|handling)\b/i;
const classifiedHeading = /\b(?:classified|security of (?:classified|military) information|protection of classified)\b/i;

/**
 * The facts of a section, read once per section text. `classifiedDraft` says the draft's front
 * matter marks it classified: its clauses are then read as about classified material.
 */
export function sectionFacts(section: Section, classifiedDraft = false, meaning: Meaning = noMeaning): SectionFacts {
  if (classifiedDraft) return sectionFactsInClassifiedDraft(section, meaning);
  const hit = cache.get(section.data);
  if (hit && hit.meaning === meaning) return hit.facts;
  const base = section.span.start;
  const facts: SectionFacts = {
    personal: [],
    privacyPresent: false,
    privacyElements: new Set(),
    privacyGeneral: new Set(),
    classified: [],
    classifiedElements: new Set(),
    classifiedFormal: false,
    outsideClassifiedContext: [],
    safeguarding: false,
  };
  const title = section.title ?? (section.kind === 'title' ? section.heading?.text : undefined);
  const privacyHeading = section.kind !== 'preamble' && isPrivacyHeading(title);
  const classifiedTitle = !!title && classifiedHeading.test(title);
  if (section.heading && section.kind === 'title') {
    const mentions = personalDataIn(section.heading.text);
    if (mentions.length) facts.personal.push({ span: shift(section.heading.span, -base), text: mentions[0]!.text });
  }
  if (classifiedTitle || (title && mentionsClassified(title))) {
    if (section.heading) facts.classified.push({ span: shift(section.heading.span, -base), text: title! });
  }
  if (title && safeguardHeading.test(title)) facts.safeguarding = true;
  const definitionsArticle = !!title && /^(?:definitions?|interpretation|use of terms)\b/i.test(title.trim());
  eachClauseFacts(section, meaning, (i, clause, c, sectionClassified, operative) => {
    if (!sectionClassified && operative && !definitionsArticle) facts.outsideClassifiedContext.push(i);
    const text = clause.text;
    for (const m of c.personal) facts.personal.push({ span: shift(clause.sourceSpan(m.start, m.end), -base), text: m.text });
    if (c.classifiedAt) facts.classified.push({ span: shift(clause.sourceSpan(c.classifiedAt.start, c.classifiedAt.end), -base), text: text.slice(c.classifiedAt.start, c.classifiedAt.end) });
    if (c.privacyPresent) facts.privacyPresent = true;
    for (const e of c.privacyElements) facts.privacyElements.add(e);
    for (const e of c.privacyGeneral) facts.privacyGeneral.add(e);
    for (const e of c.classifiedElements) facts.classifiedElements.add(e);
    if (c.classifiedFormal) facts.classifiedFormal = true;
    if (c.safeguarding) facts.safeguarding = true;
  });
  if (privacyHeading) facts.privacyPresent = true;
  // A draft whose title names a security agreement is itself the governing instrument.
  if (section.kind === 'title' && isSecurityInstrumentTitle(section.heading?.text)) {
    facts.classifiedElements.add('instrument');
    facts.classifiedFormal = true;
  }
  cache.set(section.data, { meaning, facts });
  return facts;
}

/**
 * Reads each clause of a section as `sectionFacts` does (with its lead-in and the subject of the
 * paragraphs around it) and hands `visit` what it supplies. The readings are memoised by text, so a
 * second pass over an unchanged section (the review's, see `elementPlaces`) reads nothing again.
 */
function eachClauseFacts(
  section: Section,
  meaning: Meaning,
  visit: (i: number, clause: Clause, c: ClauseFacts, sectionClassified: boolean, operative: boolean) => void,
): void {
  const title = section.title ?? (section.kind === 'title' ? section.heading?.text : undefined);
  const privacyHeading = section.kind !== 'preamble' && isPrivacyHeading(title);
  const classifiedTitle = !!title && classifiedHeading.test(title);
  const definitionsArticle = !!title && /^(?:definitions?|interpretation|use of terms)\b/i.test(title.trim());
  const operative = section.kind !== 'preamble';
  // What each clause names itself, then the context of its neighbours: a paragraph about "such
  // data" belongs to the personal data or classified material named a few paragraphs around it.
  // A list item is read with the lead-in that introduces it ("Personal data ... shall be:").
  const leads = section.clauses.map((_, i) => leadInOf(section.clauses, i));
  const basics = section.clauses.map((c, i) => {
    const lead = leads[i];
    return basicMemo.get(lead ? `${lead}\u0000${c.text}` : c.text, meaning.id, () => basicsOf(c.text, meaning, lead));
  });
  const near = (i: number, pick: (b: (typeof basics)[number]) => boolean) => {
    for (let j = Math.max(0, i - contextReach); j <= Math.min(basics.length - 1, i + contextReach); j++) if (pick(basics[j]!)) return true;
    return false;
  };
  for (let i = 0; i < section.clauses.length; i++) {
    const clause = section.clauses[i]!;
    const text = clause.text;
    const sectionPersonal = privacyHeading || near(i, (b) => b.personal.length > 0);
    const sectionClassified = classifiedTitle || near(i, (b) => b.classified);
    const variant = ((operative ? 1 : 0) | (sectionPersonal ? 2 : 0) | (privacyHeading ? 4 : 0) | (sectionClassified ? 8 : 0) | (definitionsArticle ? 16 : 0)) + 32 * meaning.id;
    const lead = leads[i];
    const c = clauseMemo.get(lead ? `${lead}\u0000${text}` : text, variant, () =>
      readClause(text, basics[i]!, { operative, sectionPersonal, privacyHeading, sectionClassified, definitionsArticle, meaning, lead }),
    );
    visit(i, clause, c, sectionClassified, operative);
  }
}

/** What a clause names itself: personal data and classified material, in words or by a defined term. */
function basicsOf(text: string, meaning: Meaning, lead?: string): { personal: PersonalDataMention[]; classified: boolean } {
  // A copy: the readings are kept per text, and a defined term may be added below.
  const personal = [...personalDataIn(text, lead)];
  let classified = mentionsClassified(text);
  if (meaning.personal && personal.length === 0) {
    const m = meaning.personal.exec(text);
    if (m) personal.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (meaning.classified && !classified) classified = meaning.classified.test(text);
  return { personal, classified };
}

/** A clause's classified terms read in a classified context (a draft whose front matter marks it classified). */
const inClassifiedDraftMemo = new VariantMemo<{ elements: ClassifiedElement[]; formal: boolean }>(8000);

/**
 * The facts of a section of a draft whose front matter marks it classified: the same as
 * `sectionFacts`, but every operative clause's classified terms are read as about classified
 * material (only they depend on it; nothing else is read again).
 */
function sectionFactsInClassifiedDraft(section: Section, meaning: Meaning): SectionFacts {
  const hit = classifiedDraftCache.get(section.data);
  if (hit && hit.meaning === meaning) return hit.facts;
  const plain = sectionFacts(section, false, meaning);
  const facts: SectionFacts = { ...plain, classifiedElements: new Set(plain.classifiedElements) };
  // Only the clauses read outside a classified context are read again.
  for (const i of plain.outsideClassifiedContext) {
    const t = inClassifiedDraft(section.clauses[i]!.text, meaning);
    if (!t) continue;
    for (const e of t.elements) facts.classifiedElements.add(e);
    if (t.formal) facts.classifiedFormal = true;
  }
  classifiedDraftCache.set(section.data, { meaning, facts });
  return facts;
}

/** A clause's classified terms read in a classified context; none for a definition. */
function inClassifiedDraft(text: string, meaning: Meaning): { elements: ClassifiedElement[]; formal: boolean } | undefined {
  if (isDefinition(text)) return undefined;
  return inClassifiedDraftMemo.get(text, meaning.id, () => {
    const basic = basicMemo.get(text, meaning.id, () => basicsOf(text, meaning));
    const r = classifiedTermsIn(text, true, { mentions: basic.classified, personal: basic.personal.length > 0 });
    return { elements: [...r.elements], formal: r.formal };
  });
}

/** What one clause contributes, with spans in its own text. */
interface ClauseFacts {
  personal: { start: number; end: number; text: string }[];
  classifiedAt?: { start: number; end: number };
  privacyPresent: boolean;
  privacyElements: PrivacyElement[];
  privacyGeneral: PrivacyElement[];
  classifiedElements: ClassifiedElement[];
  classifiedFormal: boolean;
  safeguarding: boolean;
}

const clauseMemo = new VariantMemo<ClauseFacts>(8000);
const basicMemo = new VariantMemo<{ personal: PersonalDataMention[]; classified: boolean }>(8000);
/** How many paragraphs before and after a clause lend it their subject (personal data, classified material). */
const contextReach = 8;

function readClause(
  text: string,
  basic: { personal: PersonalDataMention[]; classified: boolean },
  o: { operative: boolean; sectionPersonal: boolean; privacyHeading: boolean; sectionClassified: boolean; definitionsArticle: boolean; meaning: Meaning; lead?: string },
): ClauseFacts {
  const c: ClauseFacts = { personal: basic.personal, privacyPresent: false, privacyElements: [], privacyGeneral: [], classifiedElements: [], classifiedFormal: false, safeguarding: false };
  if (basic.classified) c.classifiedAt = firstClassified(text, o.meaning);
  // A recital that records the security agreement or arrangements in force between the Parties
  // ("having arranged the mutual protection of the classified information they exchange") names
  // the governing instrument; nothing else in a preamble is a term.
  if (!o.operative && recitedInstrument(text)) {
    c.classifiedElements = ['instrument'];
    c.classifiedFormal = true;
  }
  if (o.operative) {
    const h = privacyHandlingIn(text, o.sectionPersonal, o.privacyHeading, basic.personal.length > 0, o.lead);
    c.privacyPresent = h.present;
    c.privacyElements = [...h.elements];
    // Terms for all exchanged information count for personal data too, but not terms for classified material.
    c.privacyGeneral = o.sectionClassified || basic.classified ? [] : [...h.general];
    // A definition sets no terms ("'Classified Information' means information marked with a
    // security classification" marks nothing); it may still name the instrument in force.
    if (o.definitionsArticle || isDefinition(text)) {
      if (recitedInstrument(text)) {
        c.classifiedElements = ['instrument'];
        c.classifiedFormal = true;
      }
    } else {
      const terms = classifiedTermsIn(text, o.sectionClassified, { mentions: basic.classified, personal: basic.personal.length > 0 });
      c.classifiedElements = [...terms.elements];
      c.classifiedFormal = terms.formal;
    }
    const flat = collapsedText(text);
    const lower = collapsedLower(text);
    c.safeguarding = !isRecital(lower) && safeguardingPattern.test(flat);
  }
  return c;
}

/**
 * The lead-in of a list item: the sentence that ends its parent clause with a colon ("The request
 * shall state:" before "(a) the identity of ..."). The parent is the nearest clause before it with
 * fewer labels; only its last sentence is kept, as far as 300 characters back.
 */
function leadInOf(clauses: readonly Clause[], i: number): string | undefined {
  const item = clauses[i]!;
  if (item.labels.length === 0) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
    const c = clauses[j]!;
    if (c.labels.length >= item.labels.length) continue;
    const t = c.text.trimEnd();
    if (!/[:—–-]$/.test(t)) return undefined;
    const tail = t.slice(-300);
    const cut = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('; '));
    return cut >= 0 ? tail.slice(cut + 2) : tail;
  }
  return undefined;
}

function firstClassified(text: string, meaning: Meaning): { start: number; end: number } {
  const found = classifiedMentionIn(text);
  if (found) return found;
  const term = meaning.classified?.exec(text);
  if (term) return { start: term.index, end: term.index + term[0].length };
  return { start: 0, end: Math.min(text.length, 40) };
}

/** A fact located in the draft. */
export interface Located {
  section: Section;
  span: Span;
  text: string;
}

/** The facts of a whole draft, combined from its sections. Cheap: each section is read once. */
export interface DraftFacts {
  personal: Located[];
  privacyPresent: boolean;
  privacyElements: Set<PrivacyElement>;
  /** Elements supplied by terms for the exchanged information as a whole. */
  privacyGeneral: Set<PrivacyElement>;
  /** The section holding the privacy handling (the one with most elements, a privacy heading first). */
  privacySection?: Section;
  classified: Located[];
  classifiedElements: Set<ClassifiedElement>;
  /** Whether the draft sets a formal term for classified material (a bare return at termination is none). */
  classifiedFormal: boolean;
  classifiedSection?: Section;
  safeguarding: boolean;
}

/**
 * Combines the facts of every section of a draft, read with the meaning of its defined terms
 * (`classifiedDraft`: its front matter marks it classified).
 */
export function draftFacts(model: Pick<AgreementModel, 'sections' | 'terms' | 'text'>, classifiedDraft = false): DraftFacts {
  const sections = model.sections;
  const draftCache = classifiedDraft ? classifiedDraftFacts : plainDraftFacts;
  const hit = draftCache.get(sections);
  if (hit) return hit;
  const d = combine(sections, classifiedDraft, meaningOf(model.terms, model.text));
  draftCache.set(sections, d);
  return d;
}

// Several rules read the same draft's facts: combine them once per model.
const plainDraftFacts = new WeakMap<readonly Section[], DraftFacts>();
const classifiedDraftFacts = new WeakMap<readonly Section[], DraftFacts>();

/** How many places of personal data, and of classified material, a draft's facts keep (the first, and 25 more for related locations). */
const locatedCap = 26;

/** Whether a section speaks of personal data by that name (kept per section facts: they change only with the section). */
function explicitPersonal(f: SectionFacts): boolean {
  let v = explicitMemo.get(f);
  if (v === undefined) explicitMemo.set(f, (v = f.personal.some((p) => /personal|data subject|\bpii\b/i.test(p.text))));
  return v;
}
const explicitMemo = new WeakMap<SectionFacts, boolean>();

function combine(sections: readonly Section[], classifiedDraft: boolean, meaning: Meaning): DraftFacts {
  const d: DraftFacts = { personal: [], privacyPresent: false, privacyElements: new Set(), privacyGeneral: new Set(), classified: [], classifiedElements: new Set(), classifiedFormal: false, safeguarding: false };
  let bestPrivacy = -1;
  let bestClassified = 0;
  for (const section of sections) {
    const f = sectionFacts(section, classifiedDraft, meaning);
    // The rules report the first place and list up to 25 more: placing every mention of a long
    // draft (thousands) on every keystroke would be work nobody reads.
    for (const p of f.personal) {
      if (d.personal.length >= locatedCap) break;
      d.personal.push({ section, span: shift(p.span, section.span.start), text: p.text });
    }
    for (const c of f.classified) {
      if (d.classified.length >= locatedCap) break;
      d.classified.push({ section, span: shift(c.span, section.span.start), text: c.text });
    }
    if (f.privacyPresent) {
      d.privacyPresent = true;
      // A privacy heading first, then an article that speaks of personal data by that name.
      const explicit = explicitPersonal(f);
      const score = f.privacyElements.size + (explicit ? 10 : 0) + (isPrivacyHeading(section.title) ? 100 : 0);
      if (score > bestPrivacy && section.kind !== 'title') {
        bestPrivacy = score;
        d.privacySection = section;
      }
    }
    for (const e of f.privacyElements) d.privacyElements.add(e);
    for (const e of f.privacyGeneral) d.privacyGeneral.add(e);
    for (const e of f.classifiedElements) d.classifiedElements.add(e);
    if (f.classifiedFormal) d.classifiedFormal = true;
    const cScore = f.classifiedElements.size + (section.title && classifiedHeading.test(section.title) ? 100 : 0);
    if (cScore > bestClassified) {
      bestClassified = cScore;
      d.classifiedSection = section;
    }
    if (f.safeguarding) d.safeguarding = true;
  }
  return d;
}

/** Where an element of privacy handling or of classified terms is supplied: a clause, or a heading. */
export interface ElementPlace {
  section: Section;
  /** The clause that supplies it; absent when the heading does (a draft titled as a security agreement). */
  clause?: Clause;
  span: Span;
}

/** Which clauses supply each element, as the checks read them (see `elementPlaces`). */
export interface DraftElementPlaces {
  privacy: Map<PrivacyElement, ElementPlace[]>;
  /** Elements supplied by terms for all exchanged information (they cover personal data too). */
  privacyGeneral: Map<PrivacyElement, ElementPlace[]>;
  classified: Map<ClassifiedElement, ElementPlace[]>;
  /** The clauses that protect shared information from public or unauthorised disclosure. */
  safeguarding: ElementPlace[];
}

/**
 * The places of the elements whose set `draftFacts` keeps: which clause supplies which element.
 * Only the review asks (on request, never per keystroke); the clause readings are the memoised ones
 * the checks made, so this reads again only what no check has read yet.
 */
export function elementPlaces(model: Pick<AgreementModel, 'sections' | 'terms' | 'text'>, classifiedDraft = false): DraftElementPlaces {
  const meaning = meaningOf(model.terms, model.text);
  const out: DraftElementPlaces = { privacy: new Map(), privacyGeneral: new Map(), classified: new Map(), safeguarding: [] };
  const add = <E>(map: Map<E, ElementPlace[]>, e: E, place: ElementPlace) => {
    let list = map.get(e);
    if (!list) map.set(e, (list = []));
    if (!list.some((p) => p.span.start === place.span.start)) list.push(place);
  };
  for (const section of model.sections) {
    const plain = sectionFacts(section, false, meaning);
    eachClauseFacts(section, meaning, (_, clause, c) => {
      const place = { section, clause, span: clause.span };
      for (const e of c.privacyElements) add(out.privacy, e, place);
      for (const e of c.privacyGeneral) add(out.privacyGeneral, e, place);
      for (const e of c.classifiedElements) add(out.classified, e, place);
      if (c.safeguarding) out.safeguarding.push(place);
    });
    if (classifiedDraft) {
      for (const i of plain.outsideClassifiedContext) {
        const clause = section.clauses[i]!;
        for (const e of inClassifiedDraft(clause.text, meaning)?.elements ?? []) add(out.classified, e, { section, clause, span: clause.span });
      }
    }
    if (section.kind === 'title' && section.heading && isSecurityInstrumentTitle(section.heading.text)) add(out.classified, 'instrument', { section, span: section.heading.span });
  }
  return out;
}

/** The span of a front-matter key's line value (`key: value`), if the draft writes it on one line. */
export function frontMatterValueSpan(text: string, fm: { span?: Span }, key: string): Span | undefined {
  if (!fm.span) return undefined;
  const block = text.slice(fm.span.start, fm.span.end);
  const re = new RegExp(`^[ \\t]*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm');
  const m = re.exec(block);
  if (!m) return undefined;
  const valueStart = fm.span.start + m.index + m[0].length - m[0].replace(/^[^:]*:[ \t]*/, '').length;
  const value = m[1] ?? '';
  if (value === '') return { start: fm.span.start + m.index, end: fm.span.start + m.index + m[0].length };
  return { start: valueStart, end: valueStart + value.length };
}

/** Whether front-matter data categories name data about individuals. */
export function personalCategories(categories: readonly string[]): string[] {
  return categories.filter((c) => /biograph|biometric|travel|passport|financial|watch|personal|pii|pnr|passenger|identit|criminal|fingerprint|dna|immigration|visa|screening|person/.test(c));
}

/** Whether a front-matter classification means classified material. */
export function isClassifiedLevel(value: string | undefined): boolean {
  if (!value) return false;
  const v = value.trim().toLowerCase();
  if (v === '' || /unclassified|^none$|^public$|^cui\b|^n\/?a$|^official$|^sbu$|^les$/.test(v)) return false;
  return /secret|confidential|classified|restricted/.test(v);
}

/** Where a draft provides for the exchange of information (language/exchange.ts). */
export interface DraftExchange {
  /** The first clause that passes information on. */
  exchange?: Located;
  /** The first that passes on information on a subject the policy protects (or any under a heading that names the exchange of information). */
  exchangeTopical?: Located;
}

const exchangeMemo = new TextMemo<ExchangeKind | 'none'>(8000);
const sectionExchangeCache = new WeakMap<object, { exchange?: Span; exchangeTopical?: Span }>();
const draftExchangeCache = new WeakMap<readonly Section[], DraftExchange>();

/**
 * Where a draft provides for the exchange of information. Read only when a rule asks
 * (missing-safeguarding asks only of a draft with no safeguarding clause), once per section text.
 */
export function draftExchange(sections: readonly Section[]): DraftExchange {
  const hit = draftExchangeCache.get(sections);
  if (hit) return hit;
  const d: DraftExchange = {};
  for (const section of sections) {
    const f = sectionExchange(section);
    if (!d.exchange && f.exchange) d.exchange = { section, span: shift(f.exchange, section.span.start), text: '' };
    if (!d.exchangeTopical && f.exchangeTopical) d.exchangeTopical = { section, span: shift(f.exchangeTopical, section.span.start), text: '' };
    if (d.exchange && d.exchangeTopical) break;
  }
  draftExchangeCache.set(sections, d);
  return d;
}

function sectionExchange(section: Section): { exchange?: Span; exchangeTopical?: Span } {
  const hit = sectionExchangeCache.get(section.data);
  if (hit) return hit;
  const f: { exchange?: Span; exchangeTopical?: Span } = {};
  const title = section.title ?? (section.kind === 'title' ? section.heading?.text : undefined);
  // Definitions and recitals provide for nothing; an article headed as an exchange of information
  // ("Exchange of Information") provides for it whatever the information's subject.
  const definitionsArticle = !!title && /^(?:definitions?|interpretation|use of terms)\b/i.test(title.trim());
  if (section.kind !== 'preamble' && !definitionsArticle) {
    const informationHeading = section.kind !== 'title' && headingNamesExchange(title);
    const base = section.span.start;
    for (const clause of section.clauses) {
      const text = clause.text;
      const kind = exchangeMemo.get(text, () => (isRecital(collapsedLower(text)) || isDefinition(text) ? 'none' : (exchangeIn(collapsedText(text)) ?? 'none')));
      if (kind === 'none') continue;
      if (!f.exchange) f.exchange = shift(clause.span, -base);
      if (!f.exchangeTopical && (kind === 'topical' || informationHeading)) f.exchangeTopical = shift(clause.span, -base);
      if (f.exchangeTopical) break;
    }
  }
  sectionExchangeCache.set(section.data, f);
  return f;
}

/** Whether a clause defines a term ("'Receiving Party' means ..."): it provides for nothing. */
function isDefinition(text: string): boolean {
  return /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:the (?:term|expression) )?["“'‘*_]+[^"”'’*_]{1,80}["”'’*_]+,?\s+(?:means|shall mean|includes|refers to|has the meaning)\b/i.test(text);
}
