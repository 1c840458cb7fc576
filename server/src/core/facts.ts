/**
 * Facts found in one section on its own: definitions, capitalised phrases, cross-references,
 * placeholders, markings, names introduced by acronyms, suppression comments. They are computed
 * once when the section is parsed and cached with it, so an unchanged section costs nothing; the
 * model recombines them into document-level facts (terms with uses, resolved references).
 * Every span here is relative to the section start.
 */
import { spanToSource } from './criticmarkup.js';
import type { Root } from 'mdast';
import type { SectionData } from './model.js';
import { isLetterOrNumber, isLower } from './chars.js';
import { findMarkings, findPlaceholders, type Marking, type Placeholder } from './markings.js';
import { findRawReferences, type RawReference } from './references.js';
import { shift } from './spans.js';
import { findSuppressionComments, type SuppressionComment } from './suppressions.js';
import { findCapitalised, findDefinitions, opensDefinitionsList, type Capitalised, type RawDefinition } from './terms.js';

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

/** Computes the facts of one parsed section (`root` is its parse tree). */
export function sectionFacts(d: SectionData, root: Root): SectionFacts {
  const facts: SectionFacts = {
    definitions: [],
    capitalised: [],
    references: [],
    placeholders: [],
    markings: [],
    suppressions: findSuppressionComments(root),
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
  // After a clause that opens a list of definitions ("For the purposes of this Agreement:"), the
  // section's items are read as definitions too, as in a definitions article.
  let definitionsList = definitionsArticle;
  d.clauses.forEach((c, i) => {
    const toSection = (a: number, b: number) => shift(spanToSource(c.reading, a, b), c.span.start);
    const source = d.text.slice(c.span.start, c.span.end);
    facts.definitions.push(...findDefinitions(c.reading.text, source, c.span.start, toSection, definitionsList, i));
    if (!definitionsList && opensDefinitionsList(c.reading.text)) definitionsList = true;
    const { phrases, known } = findCapitalised(c.reading.text, toSection);
    facts.capitalised.push(...phrases);
    facts.knownNames.push(...known);
    facts.references.push(...findRawReferences(c.reading.text, toSection, i));
    addLowerWords(c.reading.text, facts.lowerWords);
  });
  return facts;
}

/**
 * Adds to `out` every word of `text` written in lower case: a run of lower-case letters and
 * hyphens that starts with a lower-case letter not preceded by a letter or digit (the words that
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*\/gu` matches). It reads character codes, with a Unicode test
 * only for characters outside ASCII: this runs over every clause of a draft that is opened.
 */
export function addLowerWords(text: string, out: Set<string>): void {
  const n = text.length;
  let prevLetterOrNumber = false;
  let i = 0;
  while (i < n) {
    const c = text.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    if (isLower(c) && !prevLetterOrNumber) {
      let j = i + size;
      while (j < n) {
        const d = text.codePointAt(j)!;
        if (d !== 45 /* - */ && !isLower(d)) break;
        j += d > 0xffff ? 2 : 1;
      }
      out.add(text.slice(i, j));
      // The character at `j` (if any) is neither lower case nor a hyphen, so no word starts there;
      // the loop reads it next as any other character.
      i = j;
      continue;
    }
    prevLetterOrNumber = isLetterOrNumber(c);
    i += size;
  }
}
