/**
 * Builds the reviewer's view of a draft (issue 19) from its analysis: the three mission checks as
 * checklists (each element present with the clauses that supply it, missing with the finding whose
 * fix supplies it, or not applicable and why), every dissemination provision with its reading and
 * verdict, the information flows and their conflicts, the suppressions in force, and a summary.
 * Built on request (the server's `agreementLint/review`, `agreement-lint report`), never per
 * keystroke: it reads the draft's facts and clause readings that the checks keep, and places the
 * elements (`elementPlaces`) only here.
 */
import { analyze, type AnalyzeOptions, type SuppressedFinding } from '../analyze.js';
import { classifiedElementNames, classifiedElements, type ClassifiedElement } from '../language/classified.js';
import { describeReading, purposeNames, recipientNames, subjectNames, conditionNames, exceptionNames, type DisseminationReading } from '../language/dissemination.js';
import { draftExchange, draftFacts, elementPlaces, isClassifiedLevel, personalCategories, type ElementPlace } from '../language/facts.js';
import { privacyElementNames, privacyElements, type PrivacyElement } from '../language/privacy.js';
import { draftPartyScope, usElementsApply } from '../language/scope.js';
import { collapse } from '../language/sentences.js';
import type { AgreementModel, Clause, Section } from '../model.js';
import { clauseReadings } from '../rules/over-restricted-dissemination.js';
import type { Finding, Span } from '../types.js';
import type { Rule } from '../rule.js';
import { draftFlows, flowConflicts, type RawFlow } from './flows.js';
import type { Checklist, ChecklistItem, FlowConflict, InformationFlow, ProvisionReview, Review, ReviewPlace, ReviewSuppression } from './types.js';

/** A finding as the report shows it: where, the clause's text, and the standard wording its first fix proposes. */
export interface ReportFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  place: ReviewPlace;
  /** The text of the clause (or heading) the finding is on, shortened. */
  clauseText: string;
  /** The first fix: its title and the text it inserts or puts in place. */
  proposed?: { title: string; text: string };
  /** For a suppressed finding: the justification written with the suppression. */
  justification?: string;
}

/** A draft's review with the findings the report lists. */
export interface DraftReview {
  review: Review;
  findings: ReportFinding[];
  /** Findings silenced by a justified suppression, as an audit record. */
  suppressed: ReportFinding[];
}

/** Analyses a draft (keeping the suppressed findings) and builds its review. */
export function reviewDraft(text: string, options: AnalyzeOptions = {}, rules?: readonly Rule[]): DraftReview {
  const result = analyze(text, { ...options, keepSuppressed: true }, rules);
  return {
    review: buildReview(result.model, result.findings),
    findings: result.findings.map((f) => reportFinding(result.model, f)),
    suppressed: (result.suppressed ?? []).map((f) => reportFinding(result.model, f)),
  };
}

/** The review of an analysed draft. */
export function buildReview(model: AgreementModel, findings: readonly Finding[]): Review {
  const flows = draftFlows(model.sections);
  const provisions = provisionsOf(model);
  const placedFlows = flows.map((f) => placeFlow(model, f));
  const conflicts: FlowConflict[] = flowConflicts(flows).map((c) => ({
    permits: placedFlows[flows.indexOf(c.permits)]!,
    forbids: placedFlows[flows.indexOf(c.forbids)]!,
    why: `${c.forbids.clause.citation} bars passing ${subjectNames[c.forbids.subject]} to ${list(c.recipients.map((r) => recipientNames[r]))}, which ${c.permits.clause.citation} permits.`,
  }));
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const fm = model.frontMatter;
  return {
    summary: {
      ...(titleOf(model) ? { title: titleOf(model) } : {}),
      parties: fm.parties.map((p) => (p.short && p.short !== p.name ? `${p.name} (${p.short})` : p.name)),
      ...(fm.partner ? { partner: fm.partner } : {}),
      data: [...fm.dataCategories],
      ...(fm.classification ? { classification: fm.classification } : {}),
      ...(fm.handling ? { handling: fm.handling } : {}),
      findings: counts,
    },
    checklists: [disseminationChecklist(model, findings, provisions, flows), privacyChecklist(model, findings), classifiedChecklist(model, findings)],
    provisions,
    flows: placedFlows,
    conflicts,
    suppressions: suppressionsOf(model),
  };
}

function titleOf(model: AgreementModel): string | undefined {
  return model.frontMatter.title ?? model.sections.find((s) => s.kind === 'title')?.heading?.text;
}

// ---------------------------------------------------------------------------------------------
// Places

/** How many places an item lists (a long draft may name an element in many clauses). */
const maxPlaces = 8;

/** A place a reviewer can jump to: a citation, the span and range, and the words (shortened). */
export function placeOf(model: AgreementModel, span: Span, citation: string): ReviewPlace {
  return { citation, span: { start: span.start, end: span.end }, range: model.index.range(span), quote: shorten(collapse(model.text.slice(span.start, span.end)), 160) };
}

function placeOfElement(model: AgreementModel, p: ElementPlace): ReviewPlace {
  return placeOf(model, p.span, p.clause?.citation ?? p.section.label);
}

/** The clause (or else the section) that holds an offset, for citing a finding. */
function holderOf(model: AgreementModel, offset: number): { citation: string; span: Span; clause?: Clause; section?: Section } {
  const clause = model.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
  if (clause) return { citation: clause.citation, span: clause.span, clause };
  const section = model.sections.find((s) => s.span.start <= offset && offset < s.span.end);
  if (model.frontMatter.span && offset < model.frontMatter.span.end) return { citation: 'the front matter', span: model.frontMatter.span };
  if (section) return { citation: section.label, span: section.heading?.span ?? section.span, section };
  return { citation: 'the draft', span: { start: offset, end: offset } };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 2).replace(/\s+\S*$/, '')} …`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The link from a missing item to the finding whose fix supplies it. */
function fixLink(model: AgreementModel, findings: readonly Finding[], ruleIds: readonly string[]): ChecklistItem['fix'] {
  for (const id of ruleIds) {
    const f = findings.find((x) => x.ruleId === id);
    if (!f) continue;
    const first = f.fixes[0];
    return { ruleId: id, span: model.index.span(f.range), title: first?.title ?? f.message.split(/(?<=\.)\s/)[0]!, range: f.range };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Privacy (domain brief, section B)

/** The framework each privacy element stands for, in our words. */
const privacyFramework: Record<PrivacyElement, string> = {
  'privacy-law': 'Privacy Act of 1974 (5 U.S.C. 552a) or the applicable privacy law governs disclosures',
  'us-person': 'Consideration of the impact on U.S. persons',
  purpose: 'Fair information practice: purpose specification and use limitation',
  accuracy: 'Fair information practice: data quality and integrity',
  retention: 'Fair information practice: data minimisation and retention',
  security: 'Fair information practice: security safeguards',
  'breach-notice': 'Notice of security incidents to the other side',
  redress: 'Individual participation: access, correction and redress (Judicial Redress Act for designated countries)',
  'onward-transfer': 'Conditions on onward transfer',
};

function privacyChecklist(model: AgreementModel, findings: readonly Finding[]): Checklist {
  const facts = draftFacts(model);
  const categories = personalCategories(model.frontMatter.dataCategories);
  const applies = facts.personal.length > 0 || categories.length > 0;
  const us = usElementsApply(model);
  const names: Record<PrivacyElement, string> = us ? privacyElementNames : { ...privacyElementNames, 'privacy-law': "the parties' applicable data-protection law" };
  const first = facts.personal[0];
  const why = !applies
    ? 'The draft names no personal data: no records about identifiable individuals in its text, and no personal-data category in the front matter.'
    : first
      ? `${first.section.label} names personal data ("${shorten(collapse(first.text), 60)}").`
      : `The front matter lists personal-data categories (${categories.join(', ')}).`;
  const places = applies ? elementPlaces(model) : undefined;
  const items = privacyElements.map((e): ChecklistItem => {
    const base = { id: `privacy/${e}`, label: capital(names[e]), framework: privacyFramework[e] };
    if (!applies) return { ...base, state: 'not-applicable', why: 'No personal data is exchanged, so privacy handling is not required.', where: [] };
    if (e === 'us-person' && !us) {
      const scope = draftPartyScope(model);
      return {
        ...base,
        state: 'not-applicable',
        why: `The United States is not a party (${scope === 'non-us' && model.frontMatter.parties.length ? 'the front matter names the parties' : 'the title names the parties'}), so the U.S.-person element does not apply; the parties' own data-protection law governs.`,
        where: [],
      };
    }
    if (facts.privacyElements.has(e) || facts.privacyGeneral.has(e)) {
      const own = places!.privacy.get(e) ?? [];
      const general = places!.privacyGeneral.get(e) ?? [];
      const where = [...own, ...general.filter((g) => !own.some((o) => o.span.start === g.span.start))].slice(0, maxPlaces).map((p) => placeOfElement(model, p));
      return { ...base, state: 'present', ...(own.length === 0 && general.length ? { why: 'Supplied by terms for all exchanged information, which cover personal data too.' } : {}), where };
    }
    const fix = fixLink(model, findings, facts.privacyPresent ? ['incomplete-privacy-act-handling'] : ['missing-privacy-act-handling']);
    return {
      ...base,
      state: 'missing',
      why: facts.privacyPresent
        ? `${capital(facts.privacySection?.label ?? 'the draft')} deals with personal data but does not address ${names[e]}.`
        : 'No provision deals with privacy: there is no privacy-law reference and no data-protection clause.',
      where: [],
      ...(fix ? { fix } : {}),
    };
  });
  return { id: 'privacy', title: us ? 'Privacy Act handling of personal data' : 'Handling of personal data under applicable data-protection law', ruleIds: ['missing-privacy-act-handling', 'incomplete-privacy-act-handling'], applies, why: capital(why), items };
}

// ---------------------------------------------------------------------------------------------
// Classified material (domain brief, section C)

function classifiedChecklist(model: AgreementModel, findings: readonly Finding[]): Checklist {
  const level = model.frontMatter.classification;
  const fromFrontMatter = isClassifiedLevel(level);
  const plain = draftFacts(model);
  const applies = plain.classified.length > 0 || fromFrontMatter;
  const facts = fromFrontMatter ? draftFacts(model, true) : plain;
  const first = plain.classified[0];
  const why = !applies
    ? 'The draft contemplates no classified material: none is named in its text, and the front matter marks no classification above unclassified.'
    : first
      ? `${first.section.label} contemplates classified material ("${shorten(collapse(first.text), 60)}").`
      : `The front matter marks the draft ${level}.`;
  const places = applies ? elementPlaces(model, fromFrontMatter) : undefined;
  const instrument = facts.classifiedElements.has('instrument') ? (places!.classified.get('instrument') ?? []) : [];
  const items = classifiedElements.map((e: ClassifiedElement): ChecklistItem => {
    const base = { id: `classified/${e}`, label: capital(classifiedElementNames[e]) };
    if (!applies) return { ...base, state: 'not-applicable', why: 'No classified material is exchanged, so formal security terms are not required.', where: [] };
    if (facts.classifiedElements.has(e)) return { ...base, state: 'present', where: (places!.classified.get(e) ?? []).slice(0, maxPlaces).map((p) => placeOfElement(model, p)) };
    if (facts.classifiedElements.has('instrument')) {
      return { ...base, state: 'present', why: 'Brought in by the governing security instrument the draft refers to.', where: instrument.slice(0, maxPlaces).map((p) => placeOfElement(model, p)) };
    }
    const fix = fixLink(model, findings, facts.classifiedFormal ? ['incomplete-classified-terms'] : ['classified-without-formal-terms']);
    return {
      ...base,
      state: 'missing',
      why: facts.classifiedFormal ? `${capital(facts.classifiedSection?.label ?? 'the draft')} sets some terms for classified material, but not this one.` : 'The draft sets no formal terms for classified material.',
      where: [],
      ...(fix ? { fix } : {}),
    };
  });
  return { id: 'classified', title: 'Formal terms for classified material', ruleIds: ['classified-without-formal-terms', 'incomplete-classified-terms'], applies, why: capital(why), items };
}

// ---------------------------------------------------------------------------------------------
// Dissemination (domain brief, section A)

/** One sentence saying what a reading does, over-restrictive or calibrated. */
export function readingSentence(citation: string, r: DisseminationReading): string {
  citation = capital(citation);
  if (r.verdict === 'over-restrictive') return `${citation} ${describeReading(r)}.`;
  const what = subjectNames[r.subject];
  const acts = list(r.acts);
  const to = r.recipients.length ? ` to ${list(r.recipients.map((x) => recipientNames[x]))}` : '';
  const on = `${conditionNames[r.condition]}${r.purpose ? ` (${purposeNames[r.purpose]})` : ''}`;
  const yields = r.exceptions.length ? `, yielding to ${list(r.exceptions.map((x) => exceptionNames[x]))}` : '';
  return `${citation} governs ${acts} of ${what}${to} on the condition of ${on}${yields} ("${r.quote}").`;
}

function provisionsOf(model: AgreementModel): ProvisionReview[] {
  const out: ProvisionReview[] = [];
  for (const section of model.sections) {
    for (const { clause, readings } of clauseReadings(section)) {
      for (const r of readings) {
        const span = clause.sourceSpan(r.start, r.end);
        out.push({ place: { ...placeOf(model, span, clause.citation), quote: r.quote }, reading: readingSentence(clause.citation, r), verdict: r.verdict, why: r.why });
      }
    }
  }
  return out;
}

const broadUse = /\bmay (?:also )?(?:use|process)\b[^.;]{0,160}\b(?:counter-?terrorism|terrorism|law[- ]enforcement|border[- ]security|intelligence|national security|homeland security|screening)\b/i;

function disseminationChecklist(model: AgreementModel, findings: readonly Finding[], provisions: readonly ProvisionReview[], flows: readonly RawFlow[]): Checklist {
  const exchange = draftExchange(model.sections).exchange;
  const applies = provisions.length > 0 || flows.length > 0 || !!exchange;
  const why = !applies
    ? 'No clause provides for the exchange of information or restricts its use or dissemination.'
    : exchange
      ? `${exchange.section.label} provides for the exchange of information.`
      : 'The draft sets terms for the use or dissemination of information.';
  const na = (id: string, label: string): ChecklistItem => ({ id, label, state: 'not-applicable', why: 'The draft provides for no exchange of information.', where: [] });
  const ruleFix = (ids: string[]) => fixLink(model, findings, ids);
  const items: ChecklistItem[] = [];
  // No restriction beyond standard handling.
  {
    const id = 'dissemination/calibrated';
    const label = 'No restriction beyond standard handling';
    const over = provisions.filter((p) => p.verdict === 'over-restrictive');
    if (!applies) items.push(na(id, label));
    else if (over.length === 0) {
      items.push({ id, label, state: 'present', why: provisions.length ? 'Every restriction on use or dissemination is calibrated.' : 'No clause restricts use or dissemination.', where: provisions.slice(0, maxPlaces).map((p) => p.place) });
    } else {
      const fix = ruleFix(['over-restricted-dissemination']);
      const cited = [...new Set(over.map((p) => p.place.citation))];
      items.push({ id, label, state: 'missing', why: `${list(cited.slice(0, 5))}${cited.length > 5 ? ' and others' : ''} restrict${cited.length === 1 ? 's' : ''} use or dissemination beyond standard handling.`, where: [], ...(fix ? { fix } : {}) });
    }
  }
  // Use for counter-terrorism and related purposes.
  {
    const id = 'dissemination/broad-use';
    const label = 'Use for counter-terrorism, law-enforcement, border-security and intelligence purposes';
    if (!applies) items.push(na(id, label));
    else {
      const where = model.clauses.filter((c) => c.section.kind !== 'preamble' && broadUse.test(c.text)).slice(0, maxPlaces).map((c) => placeOf(model, c.span, c.citation));
      const fix = ruleFix(['over-restricted-dissemination']);
      items.push(where.length ? { id, label, state: 'present', where } : { id, label, state: 'missing', why: 'No clause says the information may be used for counter-terrorism, law-enforcement, border-security or intelligence purposes.', where: [], ...(fix ? { fix } : {}) });
    }
  }
  // Onward dissemination within the receiving government.
  {
    const id = 'dissemination/within-government';
    const label = 'Onward dissemination within the receiving government';
    if (!applies) items.push(na(id, label));
    else {
      const permits = flows.filter((f) => f.permitted && f.condition !== 'consent' && f.to.includes('other-agencies'));
      const fix = ruleFix(['over-restricted-dissemination']);
      items.push(
        permits.length
          ? { id, label, state: 'present', where: permits.slice(0, maxPlaces).map((f) => placeOf(model, f.span, f.clause.citation)) }
          : { id, label, state: 'missing', why: 'No clause lets the receiving side pass the information to its other agencies with counter-terrorism responsibilities without asking first.', where: [], ...(fix ? { fix } : {}) },
      );
    }
  }
  // Consent only for release outside the receiving government.
  {
    const id = 'dissemination/outside-consent';
    const label = 'Consent required only for release to third states, international bodies or the public';
    if (!applies) items.push(na(id, label));
    else {
      const gates = flows.filter((f) => f.permitted && f.condition === 'consent' && f.to.some((t) => t === 'third-states' || t === 'the-public' || t === 'courts'));
      items.push(
        gates.length
          ? { id, label, state: 'present', where: gates.slice(0, maxPlaces).map((f) => placeOf(model, f.span, f.clause.citation)) }
          : { id, label, state: 'missing', why: 'No clause sets the calibrated consent gate for release outside the receiving government.', where: [] },
      );
    }
  }
  // Safeguarding.
  {
    const id = 'dissemination/safeguarding';
    const label = 'Protection of shared information from public or unauthorised disclosure';
    if (!applies) items.push(na(id, label));
    else if (draftFacts(model).safeguarding) {
      items.push({ id, label, state: 'present', where: elementPlaces(model).safeguarding.slice(0, maxPlaces).map((p) => placeOfElement(model, p)) });
    } else {
      const fix = ruleFix(['missing-safeguarding']);
      items.push({ id, label, state: 'missing', why: 'No clause protects the shared information from public disclosure.', where: [], ...(fix ? { fix } : {}) });
    }
  }
  // A standard handling label.
  {
    const id = 'dissemination/handling';
    const label = 'A standard handling label (TLP 2.0 or a named national caveat)';
    const marks = model.markings.filter((m) => m.kind === 'tlp' || m.kind === 'caveat');
    const nonstandard = findings.filter((f) => f.ruleId === 'nonstandard-handling-marking');
    if (!applies) items.push(na(id, label));
    else if (nonstandard.length) {
      const fix = ruleFix(['nonstandard-handling-marking']);
      items.push({ id, label, state: 'missing', why: 'A handling marking in the draft is not a standard label.', where: [], ...(fix ? { fix } : {}) });
    } else if (model.frontMatter.handling || marks.length) {
      const where = marks.slice(0, maxPlaces).map((m) => placeOf(model, m.span, holderOf(model, m.span.start).citation));
      items.push({ id, label, state: 'present', ...(where.length ? {} : { why: `The front matter gives the handling label ${model.frontMatter.handling}.` }), where });
    } else {
      items.push({ id, label, state: 'missing', why: 'The draft names no handling label for the information it exchanges.', where: [] });
    }
  }
  return { id: 'dissemination', title: 'Use and dissemination of received information', ruleIds: ['over-restricted-dissemination', 'missing-safeguarding', 'nonstandard-handling-marking', 'contradictory-flows'], applies, why: capital(why), items };
}

// ---------------------------------------------------------------------------------------------
// Flows

/** A defined term for information used in the sentence ("Screening Information"), if any. */
function definedInformation(model: AgreementModel, sentence: string): string | undefined {
  for (const t of model.terms) {
    if (!/\b(?:information|data|material|records?|intelligence)\b/i.test(t.term)) continue;
    if (sentence.includes(t.term)) return t.term;
  }
  return undefined;
}

function placeFlow(model: AgreementModel, f: RawFlow): InformationFlow {
  const sentence = model.text.slice(f.span.start, f.span.end);
  return {
    from: f.from.startsWith('the receiving side') ? 'the receiving side' : f.from,
    what: definedInformation(model, sentence) ?? subjectNames[f.subject],
    to: f.to.map((r) => recipientNames[r]),
    purposes: f.purposes,
    condition: f.condition,
    permitted: f.permitted,
    place: { ...placeOf(model, f.span, f.clause.citation), quote: f.quote },
  };
}

// ---------------------------------------------------------------------------------------------
// Suppressions and findings

function suppressionsOf(model: AgreementModel): ReviewSuppression[] {
  return model.suppressions
    .filter((s) => s.directive !== 'enable' && s.effective)
    .map((s) => ({
      ruleIds: [...s.rules],
      place: placeOf(model, s.span, `${holderOf(model, s.span.start).citation} (${s.directive})`),
      ...(s.justification ? { justification: s.justification } : {}),
    }));
}

/** A finding laid out for the report. */
export function reportFinding(model: AgreementModel, f: Finding | SuppressedFinding): ReportFinding {
  const span = model.index.span(f.range);
  const holder = holderOf(model, span.start);
  const fix = f.fixes[0];
  const out: ReportFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    place: placeOf(model, span, holder.citation),
    clauseText: shorten(collapse(model.text.slice(holder.span.start, holder.span.end)), 1200),
  };
  if (fix) {
    // The standard wording is the longest edit (an inserted article also renumbers the citations after it).
    const main = fix.edits.reduce<string>((best, e) => (e.newText.trim().length > best.length ? e.newText.trim() : best), '');
    out.proposed = { title: fix.title, text: main || '(the fix deletes the text)' };
  }
  if ('suppression' in f) out.justification = f.suppression.justification;
  return out;
}
