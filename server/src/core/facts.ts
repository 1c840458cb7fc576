/**
 * Facts found in one section on its own: definitions, capitalised phrases, cross-references,
 * placeholders, markings, names introduced by acronyms, suppression comments. They are computed
 * once when the section is parsed and cached with it, so an unchanged section costs nothing; the
 * model recombines them into document-level facts (terms with uses, resolved references).
 * Every span here is relative to the section start.
 */
import type { SectionData } from './model.js';
import { findMarkings, findPlaceholders, type Marking, type Placeholder } from './markings.js';
import { findRawReferences, type RawReference } from './references.js';
import { findSuppressionComments, type SuppressionComment } from './suppressions.js';
import { findCapitalised, findDefinitions, type Capitalised, type RawDefinition } from './terms.js';

/** What one section contributes to the document-level facts. */
export interface SectionFacts {
  definitions: RawDefinition[];
  /** Capitalised phrases used mid-sentence (candidates for the undefined-term check). */
  capitalised: Capitalised[];
  references: RawReference[];
  placeholders: Placeholder[];
  markings: Marking[];
  suppressions: SuppressionComment[];
  /** Names the section introduces without defining them: acronyms and their expansions. */
  knownNames: string[];
  /** Every word written in lower case in the section's clauses (evidence of a common noun). */
  lowerWords: Set<string>;
}

const romanHeading = /\b(?:article|section|chapter|part|annex)\s+(X{2,})\b/i;

/** Computes the facts of one parsed section. */
export function sectionFacts(d: SectionData): SectionFacts {
  const facts: SectionFacts = {
    definitions: [],
    capitalised: [],
    references: [],
    placeholders: [],
    markings: [],
    suppressions: findSuppressionComments(d.root),
    knownNames: [],
    lowerWords: new Set(),
  };
  const romans = new Set<string>();
  for (const h of d.headings) {
    const m = romanHeading.exec(h.text);
    if (m) romans.add(m[1]!);
  }
  for (const run of d.textRuns) {
    facts.placeholders.push(...findPlaceholders(run.raw, run.span.start, romans));
    facts.markings.push(...findMarkings(run.raw, run.span.start));
  }
  const definitionsArticle = d.kind !== 'title' && /\b(?:definitions?|interpretation|defined terms|use of terms)\b/i.test(d.heading?.text ?? '');
  d.clauses.forEach((c, i) => {
    const toSection = (a: number, b: number) => {
      const s = c.reading.spanToSource(a, b);
      return { start: s.start + c.span.start, end: s.end + c.span.start };
    };
    const source = d.text.slice(c.span.start, c.span.end);
    facts.definitions.push(...findDefinitions(c.reading.text, source, c.span.start, toSection, definitionsArticle, i));
    const { phrases, known } = findCapitalised(c.reading.text, toSection);
    facts.capitalised.push(...phrases);
    facts.knownNames.push(...known);
    facts.references.push(...findRawReferences(c.reading.text, toSection, i));
    for (const w of c.reading.text.matchAll(/(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}-]*/gu)) facts.lowerWords.add(w[0]);
  });
  return facts;
}
