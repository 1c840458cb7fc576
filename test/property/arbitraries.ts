/**
 * Generators of agreement-like drafts for the property tests and the fuzzer. The vocabularies are
 * our own wording: short phrases that touch every family of check (dissemination bars, personal
 * data, classified material, placeholders, defined terms, cross-references, reviewer annotations,
 * suppressions), stitched into front matter, articles, clauses, lists and quotes. Drafts are then
 * mutated (characters inserted, cut, duplicated, line endings swapped) or replaced by raw random
 * text, so the checks see both plausible drafts and garbage.
 */
import fc from 'fast-check';
import { rules } from '../../server/src/core/index.js';

// --- Vocabularies -------------------------------------------------------------------------------

/** Restrictions on passing information on, from absolute bars to calibrated conditions. */
export const disseminationPhrases = [
  'The Recipient shall not pass the Information to any third party under any circumstances.',
  'Information received under this Arrangement may be used solely for the purpose of the specific request.',
  'No onward dissemination is allowed without the prior written consent of the providing Party in each case.',
  'The receiving agency shall destroy all records within 30 days of receipt.',
  'All shared material is marked ORCON and remains under originator control.',
  'The Information shall be used exclusively by the receiving agency and by no other entity.',
  'The Information shall not be released to any border, financial-intelligence or law-enforcement agency.',
  'Consent of the providing Party is needed only before a transfer to a third country or an international body.',
  'To the extent permitted by law, each Party keeps the Information confidential.',
  'Either Party may, case by case, attach a handling condition consistent with applicable law.',
  'The receiving Party shall give notice before using the Information as evidence in proceedings.',
  'Information is handled under TLP:AMBER unless the providing Party marks it TLP:GREEN.',
];

/** Mentions of records about people, and of privacy handling. */
export const personalDataPhrases = [
  'The Parties exchange names, dates of birth and passport numbers of known or suspected terrorists.',
  'Biometric data such as fingerprints and facial images may be shared.',
  'personally identifiable information',
  'records that may concern U.S. citizens or lawful permanent residents',
  'watchlist entries and screening data',
  'Disclosures of records on U.S. persons are governed by the Privacy Act of 1974, 5 U.S.C. 552a.',
  'Each Party corrects inaccurate Personal Data promptly and tells the other Party.',
  'Personal Data is kept no longer than needed and then deleted.',
  'A breach affecting Personal Data is reported to the other Party without delay.',
  'Individuals may seek access, correction and redress under applicable privacy law.',
];

/** Classified material, and the formal terms that secure it. */
export const classifiedPhrases = [
  'The Parties may exchange information classified SECRET.',
  'TOP SECRET material is exchanged only through government-to-government channels.',
  'classified information',
  'CONFIDENTIAL',
  'The General Security of Information Agreement in force between the Parties applies.',
  'Access is limited to cleared personnel with a need to know.',
  'Neither Party downgrades the information without the consent of the originating Party.',
  'Loss or compromise is reported and investigated.',
  'Obligations under this Article survive termination.',
];

/** Blanks left by drafters, some of which the front matter can fill. */
export const placeholders = ['[PARTNER]', '[DATE]', '[PARTY A]', '[PARTY B]', '[TITLE]', '[insert name of agency]', '[to be confirmed]', 'TBD', 'TBC', 'XX', '[●]', '[...]', '\\[PARTNER\\]', '[EFFECTIVE DATE]'];

/** Defined terms: definitions in the usual styles, and uses. */
export const termDefinitions = [
  '"Information" means any data exchanged under this Agreement.',
  '**Personal Data** means information relating to an identified or identifiable individual.',
  '"Receiving Party" means the Party that receives Information.',
  '"Providing Party" means the Party that provides Information.',
  '"Competent Authority" means an agency named in Annex A.',
];
export const termUses = ['the Information', 'Personal Data', 'the Receiving Party', 'the Providing Party', 'a Competent Authority', 'the Unheard-of Term', 'the Agreement'];

/** Cross-references, some to sections that exist and some to sections that do not. */
export const references = ['Article 1', 'Article 2', 'paragraph 2 of Article 3', 'Article 3(1)(a)', 'Article 4(2)', 'Annex A', 'Annex B', 'Article 99', 'Section 2', 'Article IV', 'this Article'];

/** Reviewer annotations in CriticMarkup, well formed and not. */
export const criticMarkup = ['{++ added text ++}', '{-- removed text --}', '{~~shall~>may~~}', '{>>Check with counsel.<<}', '{==this phrase==}', '{++', '~~}', '{~~half', '<<}', '{>>', '{~~ [PARTNER] ~> the Partner ~~}'];

/** Filler prose without any signal. */
export const fillers = [
  'Each Party designates a point of contact.',
  'The Parties consult each other on the implementation of this Agreement.',
  'This Agreement enters into force on signature.',
  'Nothing in this Agreement creates rights enforceable by private persons.',
  'Either Party may terminate this Agreement by written notice.',
  'The Parties meet once a year to review this Agreement.',
];

const articleTitles = ['Definitions', 'Purpose', 'Use of Information', 'Onward Dissemination', 'Protection of Personal Data', 'Classified Information', 'Points of Contact', 'Entry into Force', 'Final Provisions', ''];

const partyNames = ['the United States', 'Freedonia', 'the Republic of Ruritania', 'Ruritania', 'Grand Fenwick', 'the Partner'];

const specialFragments = ['\r', '\n', '\r\n', '\uD83D', '\uDE00', '😀', '𝔄', '\u202E', '\u200F', 'שלום', 'مرحبا', '\u0000', '\uFEFF', '\u2028', '\t', '---\n', '...\n', '```', '~~~', '<!--', '-->', '#', '## ', '## Article 7\n', '[', ']', '(', ')', '\\', '*', '**', '_', '|', '> ', '- ', '1. ', '(a) ', '&nbsp;', '<div>', '</div>', '{{PARTNER}}', ': ', '"', '\u0301', 'e\u0301'];

// --- Suppressions (iterating over the registry, so new rules are covered) -------------------------

function suppressionArb(): fc.Arbitrary<string> {
  const ids = [...rules.map((r) => r.meta.id), 'no-such-rule'];
  return fc.tuple(fc.constantFrom(...ids), fc.constantFrom('disable-next-line', 'disable', 'enable', 'disable-file', 'disable-line'), fc.constantFrom('', ' -- agreed with counsel', ' --', ' -- high-value exception: sole source of the data')).map(
    ([id, kind, why]) => `<!-- agreement-lint-${kind} ${id}${why} -->`,
  );
}

// --- Drafts -------------------------------------------------------------------------------------

/** A sentence or phrase from one vocabulary, sometimes with a reference, term or blank inside. */
function sentenceArb(): fc.Arbitrary<string> {
  const phrase = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...disseminationPhrases) },
    { weight: 2, arbitrary: fc.constantFrom(...personalDataPhrases) },
    { weight: 2, arbitrary: fc.constantFrom(...classifiedPhrases) },
    { weight: 2, arbitrary: fc.constantFrom(...fillers) },
    { weight: 1, arbitrary: fc.constantFrom(...termDefinitions) },
  );
  const decoration = fc.oneof(
    fc.constant(''),
    fc.constantFrom(...placeholders).map((p) => ` ${p}`),
    fc.constantFrom(...references).map((r) => ` as set out in ${r}`),
    fc.constantFrom(...termUses).map((t) => ` concerning ${t}`),
    fc.constantFrom(...criticMarkup).map((c) => ` ${c}`),
  );
  return fc.tuple(phrase, decoration, fc.boolean()).map(([p, d, before]) => (before ? `${d.trim()} ${p}`.trim() : `${p}${d}`));
}

/** A paragraph of one to three sentences, maybe labelled. */
function paragraphArb(): fc.Arbitrary<string> {
  const label = fc.constantFrom('', '', '1. ', '2. ', '3.1 ', '(a) ', '(b) ', '(i) ', 'a) ', '(2) ');
  return fc.tuple(label, fc.array(sentenceArb(), { minLength: 1, maxLength: 3 })).map(([l, s]) => l + s.join(' '));
}

/** One block of an article body. */
function blockArb(): fc.Arbitrary<string[]> {
  return fc.oneof(
    { weight: 5, arbitrary: paragraphArb().map((p) => [p]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('1.', '-', '*', '(a)'), fc.array(fc.tuple(fc.nat({ max: 2 }), paragraphArb()), { minLength: 1, maxLength: 4 }))
        .map(([marker, items]) => items.map(([depth, p], i) => `${'   '.repeat(depth)}${marker === '1.' ? `${i + 1}.` : marker} ${p}`)),
    },
    { weight: 1, arbitrary: paragraphArb().map((p) => [`> ${p}`]) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~'), paragraphArb()).map(([f, p]) => [f, p, f]) },
    { weight: 1, arbitrary: suppressionArb().map((s) => [s]) },
    { weight: 1, arbitrary: paragraphArb().map((p) => ['| Term | Meaning |', '| --- | --- |', `| x | ${p.replace(/\|/g, '/')} |`]) },
    { weight: 1, arbitrary: fc.constantFrom(...criticMarkup).map((c) => [c]) },
  );
}

function headingArb(n: number): fc.Arbitrary<string> {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
  return fc.tuple(fc.constantFrom(...articleTitles), fc.nat({ max: 5 }), fc.boolean()).map(([title, style, skip]) => {
    const num = skip ? n + 1 : n;
    const t = title ? ` — ${title}` : '';
    switch (style) {
      case 0:
        return `## Article ${num}${t}`;
      case 1:
        return `## ${num}. ${title || 'General'}`;
      case 2:
        return `## Section ${num}${t}`;
      case 3:
        return `## Article ${roman}${t}`;
      case 4:
        return `# Article ${num}${t}`;
      default:
        return `## Art. ${num}: ${title}`;
    }
  });
}

function articleArb(n: number): fc.Arbitrary<string[]> {
  return fc.tuple(headingArb(n), fc.array(blockArb(), { minLength: 0, maxLength: 4 })).map(([h, blocks]) => [h, '', ...blocks.flatMap((b) => [...b, ''])]);
}

/** Front matter: known keys with plausible values, wrong types, unknown keys, or broken YAML. */
export function frontMatterArb(): fc.Arbitrary<string[]> {
  const party = fc.constantFrom(...partyNames);
  const entry = fc.oneof(
    fc.constantFrom('title: Arrangement on Screening Information', 'title: [TITLE]', 'title: 42', 'title: [1, 2]'),
    party.map((p) => `partner: ${p}`),
    fc.tuple(party, party).map(([a, b]) => `parties:\n  - name: ${a}\n    short: ${a}\n  - {name: "${b}", short: "${b}"}`),
    fc.constantFrom('parties: Freedonia', 'parties:\n  - 7\n  - null', 'parties: {a: 1}'),
    fc.constantFrom('classification: UNCLASSIFIED', 'classification: SECRET', 'classification: {level: 2}'),
    fc.constantFrom('handling: TLP:AMBER', 'handling: TLP:RED', 'handling: ORCON', 'handling: [x]'),
    fc.constantFrom('data: [biographic, biometric]', 'data: financial, watchlist', 'data: 3', 'data:\n  - travel-documents'),
    fc.constantFrom('type: agreement', 'type: memorandum', 'type: true'),
    fc.constantFrom('date: 2026-01-05', 'effective date: TBD', 'notes: |\n  free text', 'unknown-key: yes'),
    fc.constantFrom('title: "unclosed', 'key: [a, b', ': no key', 'a: 1\na: 2', 'x: &a [*a]', '\t- tab', 'partner: *nope', '- just\n- a list'),
  );
  return fc.tuple(fc.array(entry, { minLength: 0, maxLength: 6 }), fc.constantFrom('---', '...', '---', '')).map(([entries, close]) => ['---', ...entries.flatMap((e) => e.split('\n')), ...(close ? [close] : [])]);
}

/** A whole agreement-like draft with a random line-ending style. */
export function draftArb(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(frontMatterArb(), { freq: 3 }),
      fc.constantFrom('# Agreement on the Exchange of Screening Information', '# [TITLE]', ''),
      fc.option(fc.array(paragraphArb(), { minLength: 1, maxLength: 2 }).map((ps) => ['## Preamble', '', ...ps.flatMap((p) => [p, ''])])),
      fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => articleArb(i + 1)))),
      fc.option(fc.tuple(fc.constantFrom('A', 'B', 'I', ''), fc.array(blockArb(), { maxLength: 2 })).map(([l, bs]) => [`## Annex ${l}`, '', ...bs.flatMap((b) => [...b, ''])])),
      fc.constantFrom<'\n' | '\r\n' | 'mixed' | '\r'>('\n', '\n', '\r\n', 'mixed', '\r'),
      fc.boolean(),
      fc.boolean(),
      fc.infiniteStream(fc.constantFrom('\n', '\r\n')),
    )
    .map(([fm, title, preamble, articles, annex, eol, bom, trailing, eols]) => {
      const lines = [...(fm ?? []), ...(title ? [title, ''] : []), ...(preamble ?? []), ...articles.flat(), ...(annex ?? [])];
      let text: string;
      if (eol === 'mixed') {
        const it = eols[Symbol.iterator]();
        text = lines.map((l) => l + it.next().value).join('');
      } else {
        text = lines.join(eol) + (trailing ? eol : '');
      }
      return (bom ? '\uFEFF' : '') + text;
    });
}

// --- Mutations and garbage ----------------------------------------------------------------------

/** One change to a text: positions are fractions of its length, so they fit any text. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'eol'; to: string };

export function mutationArb(): fc.Arbitrary<Mutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom(...specialFragments), fc.constantFrom(...placeholders, ...criticMarkup, ...references), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), to: fc.constantFrom('\n', '\r\n', '\r') }) },
  );
}

/** Applies a mutation (it may split surrogate pairs and CRLFs on purpose). */
export function mutate(text: string, m: Mutation): string {
  if (m.kind === 'eol') return text.replace(/\r\n|\r|\n/g, m.to);
  const at = Math.floor(m.at * text.length);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
}

/** Raw random text: binary-ish strings and strings over Markdown-significant characters. */
export function garbageArb(): fc.Arbitrary<string> {
  const markdownish = fc.constantFrom('#', '-', '*', '_', '`', '>', '[', ']', '(', ')', '{', '}', '+', '~', '=', '<', '!', '|', '\\', ':', '"', ' ', '\t', '\n', '\r', '\r\n', 'a', 'A', '1', '.', 'Article ', '---', '\uD83D', '\uDE00', '😀', '\u202E', '\uFEFF', 'TBD', '[X]');
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(markdownish, { maxLength: 200 }).map((a) => a.join('')),
  );
}

/** Any input the checks should survive: a draft, a mutated draft, or garbage. */
export function anyInputArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: draftArb() },
    { weight: 4, arbitrary: fc.tuple(draftArb(), fc.array(mutationArb(), { minLength: 1, maxLength: 5 })).map(([d, ms]) => ms.reduce(mutate, d)) },
    { weight: 2, arbitrary: garbageArb() },
  );
}

/** A text and a small edit of it, as an editor would send: a span and its replacement. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export function editArb(): fc.Arbitrary<{ at: number; length: number; text: string }> {
  return fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
    text: fc.oneof(fc.constant(''), fc.constantFrom(...specialFragments, ...placeholders, ...references, ...criticMarkup, '\n\n## Article 9 — Added\n\n1. New text [DATE].\n'), sentenceArb()),
  });
}

/** Turns a fractional edit into offsets of `text`. */
export function placeEdit(text: string, e: { at: number; length: number; text: string }): Edit {
  const start = Math.floor(e.at * text.length);
  return { start, end: Math.min(text.length, start + e.length), newText: e.text };
}
