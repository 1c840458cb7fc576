/**
 * Reports drafting placeholders left in the text: bracketed capitals such as `[PARTNER]` or
 * `[DATE]`, bracketed instructions such as `[insert date]`, and the markers TBD, TBC, TBA and XX.
 * A placeholder whose name matches a front-matter value gets a fix that fills it in.
 */
import { sectionWithEdits, type AgreementModel, type SectionData } from '../model.js';
import type { Rule } from '../rule.js';
import type { SpanFix } from '../types.js';
import { citedRoman } from '../markings.js';

// Bracketed capitals ([PARTNER], [EFFECTIVE DATE], [PARTY A]), bracketed instructions
// ([insert name], [to be confirmed]), bracketed bullets ([●]) and the bare markers.
const pattern =
  /\\?\[(?<name>[A-Z][A-Z0-9 ._/'&-]{0,60}|(?:insert|to be|tbd|tbc|add|specify|name of|date of)[^\]\n]{0,80}|[●•…]|\.\.\.)\\?\](?![([:])|\b(?<marker>TBD|TBC|TBA|X{2,})\b/g;

const containsPlaceholder = new RegExp(pattern.source);

const romanHeading = /\b(?:article|section|chapter|part|annex)\s+(X{2,})\b/i;

/** One match of `pattern` in a section, at an offset relative to the section's start. */
interface SectionMatch {
  at: number;
  text: string;
  name?: string;
  marker?: string;
}

// Each section's matches, kept with its parsed data (which is reused while the section's text is
// unchanged), so that a keystroke does not run the pattern over every text run of a long draft.
const matchesBySection = new WeakMap<SectionData, SectionMatch[]>();

function sectionMatches(d: SectionData): SectionMatch[] {
  let found = matchesBySection.get(d);
  if (!found) {
    found = [];
    for (const run of d.textRuns) {
      for (const m of run.raw.matchAll(pattern)) {
        if (m.groups?.['marker']?.startsWith('X') && citedRoman(run.raw, m.index!, m.index! + m[0].length)) continue;
        const match: SectionMatch = { at: run.span.start + m.index!, text: m[0] };
        if (m.groups?.['name'] !== undefined) match.name = m.groups['name'];
        if (m.groups?.['marker'] !== undefined) match.marker = m.groups['marker'];
        found.push(match);
      }
    }
    matchesBySection.set(d, found);
  }
  return found;
}

export const leftoverPlaceholder: Rule = {
  meta: {
    id: 'leftover-placeholder',
    title: 'Drafting placeholder left in the text',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
  },
  check({ model, report }) {
    // "XX" is a Roman numeral when the draft really has an Article XX.
    const romanNumbers = new Set<string>();
    for (const h of model.headings) {
      const m = romanHeading.exec(h.text);
      if (m) romanNumbers.add(m[1]!);
    }
    for (const section of model.sections) {
      for (const m of sectionMatches(section.data)) {
        const marker = m.marker;
        if (marker && marker.startsWith('X') && romanNumbers.has(marker)) continue;
        const start = section.span.start + m.at;
        const end = start + m.text.length;
        const shown = m.text.replace(/\\/g, '');
        const name = m.name;
        const fixes: SpanFix[] = [];
        // "[...]" or "[●]" names nothing: no front-matter key matches it (an empty key would).
        const names = !!name && normalise(name) !== '';
        const value = names ? frontMatterValue(model, name!) : undefined;
        // A value that would open its paragraph as a number ("42 ...", "3.1 ...") would read as the
        // paragraph's label: no fix then.
        // (After a list marker too: "1. [TITLE]" filled with "42" reads as a sub-paragraph 42.)
        const opensParagraph = /(?:^|[\r\n])[ \t>]*(?:(?:[-*+]|[0-9]{1,9}[.)]|\(?[0-9a-z]{1,4}\))[ \t]+)*$/i.test(model.text.slice(Math.max(0, start - 40), start));
        // A capitalised value right after a capitalised word ("the Providing Party [PARTNER]") would
        // join it into one longer capitalised phrase, read as a term of its own: no fix then either.
        // So would a value that ends in a capitalised word before a capitalised word ("[TITLE]
        // Obligations under ..." filled with "... Screening Information").
        const joinsPhrase =
          (/^\p{Lu}/u.test(value?.text ?? '') && /(?:^|[^\p{L}])\p{Ll}[\p{L}’'-]*[ \t]+(?:\p{Lu}[\p{L}’'-]*[ \t]+)+$/u.test(model.text.slice(Math.max(0, start - 60), start))) ||
          (/\p{Lu}[\p{L}’'-]*$/u.test(value?.text ?? '') && /^[ \t]+\p{Lu}\p{Ll}/u.test(model.text.slice(end, end + 3)));
        // A number after "Article", "Annex", "paragraph" ... would become a cross-reference.
        const makesReference = /^[0-9IVXLC]/.test(value?.text ?? '') && /\b(?:articles?|annex(?:es)?|appendix|schedule|sections?|paragraphs?|chapter|part|clause|§)[ \t]+$/i.test(model.text.slice(Math.max(0, start - 20), start));
        const edit = value ? { start, end, newText: startsSentence(model.text, start) ? capitalise(value.text) : value.text } : undefined;
        // In the heading that opens the section, the value must leave the section read as before:
        // "# [TITLE]" filled with "42" would make the title an Article 42.
        const heading = section.heading?.span;
        const changesSection = !!edit && !!heading && start < heading.end && end > heading.start && !sectionWithEdits(section, [edit]);
        if (edit && !joinsPhrase && !makesReference && !changesSection && !(opensParagraph && /^\(?[0-9a-z]{1,3}(?:\.[0-9]{1,3})*[.)]?$/i.test(value!.text.trim()) && /^[ \t]/.test(model.text.slice(end, end + 1)))) {
          // The front matter names the value for this very placeholder: filling it in is mechanical,
          // a fix. A party found by position ("[PARTY A]" as the first party) is a reading of the
          // drafter's intent, a suggestion.
          fixes.push({ title: `Fill ${shown} with "${value!.text}" from the front matter (${value!.key})`, edits: [edit], kind: value!.key.startsWith('parties[') ? 'suggestion' : 'fix' });
        }
        const hint = value
          ? ` The front matter gives "${value.text}" for it.`
          : names
            ? ' Fill it in, or add a matching value to the front matter so the quick fix can.'
            : '';
        report({
          span: { start, end },
          message: `Placeholder ${shown} is still in the draft; a text sent for signature must not contain unfilled blanks.${hint}`,
          fixes,
        });
      }
    }
  },
};

/** True when `offset` begins a sentence: after a line start (and list marker) or a full stop. */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 200), offset);
  return /(?:^|[\r\n])[ \t>]*(?:(?:[-*+]|\d+[.)]|\([a-z0-9]+\))[ \t]+)*$|[.!?:][ \t]+$/.test(before) || offset === 0;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The front-matter value a placeholder name stands for, if one clearly matches. */
function frontMatterValue(model: AgreementModel, name: string): { key: string; text: string } | undefined {
  const wanted = normalise(name);
  const fm = model.frontMatter;
  // Parties by position: [PARTY A], [PARTY 1], [FIRST PARTY] and so on; clauses use the short name.
  const party = /^(?:party(a|b|1|2|one|two)|(first|second)party)$/.exec(wanted);
  if (party) {
    const which = party[1] ?? party[2];
    const i = which === 'a' || which === '1' || which === 'one' || which === 'first' ? 0 : 1;
    const p = fm.parties[i];
    return p ? { key: `parties[${i}].short`, text: p.short } : undefined;
  }
  for (const [key, raw] of Object.entries(fm.data)) {
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const text = String(raw).trim();
    if (!text || containsPlaceholder.test(text)) continue;
    const k = normalise(key);
    if (k === wanted || `${k}name` === wanted || k === `${wanted}name`) return { key, text };
  }
  return undefined;
}
