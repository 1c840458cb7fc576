/**
 * Cross-references in the styles real treaties use, each read three ways: resolved to a place in
 * the draft, left to another instrument, or uncertain (nothing reports or rewrites it). The drafts
 * here are written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';

/** Each reference of `code` as "text → where it points". */
function references(code: string): string {
  return analyze(code)
    .model.references.map((r) => {
      const where = r.uncertain ? 'uncertain' : !r.internal ? 'another instrument' : r.targetClause ? r.targetClause.citation : r.target && !r.labels.length ? r.target.label : 'missing';
      return `${r.text.replace(/\s+/g, ' ')} → ${where}`;
    })
    .join(' | ');
}

/** A small agreement whose Article 3 holds `text`. */
const agreement = (text: string, title = 'Agreement between the Ministry of Ports and the Harbour Board on berth data') => `---
title: ${title}
---

# ${title}

## Article 1 — Scope

1. The Board reports arrivals.
2. The Ministry reports departures.

## Article 2 — Reports

1. Reports are daily.
2. Reports contain:
   (a) the vessel;
   (b) the berth.
3. Reports are kept for a year.

## Article 3 — Use

${text}

## Chapter II — Final provisions

## Article 4 — Entry into force

1. This Agreement enters into force on signature.

## Annex II — Forms

A form for reports.
`;

const rows: { name: string; text: string; title?: string; yields: string }[] = [
  // Resolved to the right place.
  { name: 'an article and its paragraph after a comma', text: 'Data is kept as Article 2, paragraph 3 says.', yields: 'Article 2, paragraph 3 → Article 2(3)' },
  { name: 'an article and its paragraph after a dash', text: 'Data is kept as Article 2 - paragraph 1 says.', yields: 'Article 2 - paragraph 1 → Article 2(1)' },
  { name: 'a paragraph of an article', text: 'See paragraph 3 of Article 2.', yields: 'paragraph 3 of Article 2 → Article 2(3)' },
  { name: 'a paragraph in brackets, with and without a space', text: 'See Article 2(3) and Article 2 (1).', yields: 'Article 2(3) → Article 2(3) | Article 2 (1) → Article 2(1)' },
  { name: 'a sub-paragraph of a numbered paragraph', text: 'See paragraph 2(b) of Article 2 and paragraph 2 (a) of Article 2.', yields: 'paragraph 2(b) of Article 2 → Article 2(2)(b) | paragraph 2 (a) of Article 2 → Article 2(2)(a)' },
  {
    name: 'a sub-paragraph of a paragraph of the article it stands in',
    text: '1. Each report names:\n   (a) the ship;\n   (b) the master.\n2. A report without the name in sub-paragraph (b) of paragraph 1 is incomplete.',
    yields: 'sub-paragraph (b) of paragraph 1 → Article 3(1)(b)',
  },
  {
    name: 'a sub-paragraph of the paragraph it stands in',
    text: '1. Each report names:\n   (a) the ship;\n   (b) the master, unless subparagraph (a) names a barge.',
    yields: 'subparagraph (a) → Article 3(1)(a)',
  },
  { name: 'the preceding paragraph', text: '1. Reports are sent by post.\n2. The preceding paragraph does not apply to urgent reports.', yields: 'The preceding paragraph → Article 3(1)' },
  { name: 'this Article', text: 'Nothing in this Article limits Article 1.', yields: 'this Article → Article 3 | Article 1 → Article 1' },
  { name: 'a paragraph of this Article', text: '1. Reports are sent by post.\n2. Paragraph 1 of this Article applies.', yields: 'Paragraph 1 of this Article → Article 3(1)' },
  { name: 'a list and a range of articles', text: 'Articles 1 and 2 apply, as do Articles 1 to 4.', yields: 'Articles 1 → Article 1 | 2 → Article 2 | Articles 1 → Article 1 | 4 → Article 4' },
  { name: 'articles each with a paragraph', text: 'Articles 1, paragraph 2, and 2, paragraph 1, apply.', yields: 'Articles 1, paragraph 2 → Article 1(2) | 2, paragraph 1 → Article 2(1)' },
  { name: 'a chapter', text: 'Chapter II governs entry into force.', yields: 'Chapter II → Chapter II' },
  { name: 'an annex of this Agreement', text: 'The form in Annex II to this Agreement is used.', yields: 'Annex II to this Agreement → Annex II' },
  // Another instrument: never reported, never rewritten.
  { name: 'of the Treaty', text: 'Article 4 of the Treaty is not affected.', yields: 'Article 4 of the Treaty → another instrument' },
  { name: 'of the Convention', text: 'Article 9 of the Convention is not affected.', yields: 'Article 9 of the Convention → another instrument' },
  { name: 'of a dated agreement', text: 'Article 7 of the 1961 Agreement is not affected.', yields: 'Article 7 → another instrument' },
  { name: 'of a regulation', text: 'Article 12 of Council Regulation (EU) No 99/2001 applies.', yields: 'Article 12 → another instrument' },
  { name: 'of a directive', text: 'Article 8 of Directive 81/123/EEC applies.', yields: 'Article 8 → another instrument' },
  { name: 'of a code', text: 'Paragraph 6.2 of Part 6, Title 12, Code of Federal Regulations applies.', yields: 'Part 6 → uncertain' },
  { name: 'of the Charter', text: 'It is registered under Article 102 of the Charter of the United Nations.', yields: 'Article 102 → another instrument' },
  { name: 'thereof, after another instrument', text: 'Each Party applies the Convention, and Article 9 thereof in particular.', yields: 'Article 9 → another instrument' },
  { name: 'thereof, after this Agreement', text: 'This Agreement is registered in accordance with Article 4 thereof.', yields: 'Article 4 → Article 4' },
  { name: 'of that Treaty, of the said Convention', text: 'Article 5 of that Treaty and Article 6 of the said Convention apply.', yields: 'Article 5 → another instrument | Article 6 → another instrument' },
  { name: 'of the Decision', text: 'Article 3 of the Decision applies.', yields: 'Article 3 of the Decision → another instrument' },
  { name: 'of a named agreement', text: 'Article 2 of the Harbour Pilots Agreement applies.', yields: 'Article 2 → another instrument' },
  { name: 'a coordinated list shares its tail', text: 'Article 1, paragraph 2 of Article 2, and Article 4, of the Convention apply.', yields: 'Article 1 → another instrument | paragraph 2 of Article 2 → another instrument | Article 4, of the Convention → another instrument' },
  {
    name: 'the Agreement, in a protocol to it',
    title: 'Protocol to the Agreement on berth data',
    text: 'Article 2 of the Agreement applies, as does Article 1 of this Protocol.',
    yields: 'Article 2 of the Agreement → another instrument | Article 1 of this Protocol → Article 1',
  },
  { name: 'the Agreement, in the Agreement', text: 'Article 2 of the Agreement applies.', yields: 'Article 2 of the Agreement → Article 2' },
  // Uncertain: left alone.
  { name: 'a sentence that names another instrument first', text: 'Under the Convention on Pilotage, Articles 3 and 4 apply.', yields: 'Articles 3 → uncertain | 4 → uncertain' },
  { name: 'quoted amending text', text: 'The following is added: "Each Party applies paragraph 4 of Article 1."', yields: 'paragraph 4 of Article 1 → uncertain' },
  { name: 'an article of an annex the draft has without its articles', text: 'Article 3 of Annex II applies.', yields: 'Article 3 of Annex II → uncertain' },
  { name: 'a paragraph of something unnamed', text: 'Paragraph 4 of the exchange of notes applies.', yields: '' },
];

for (const row of rows) {
  test(`references: ${row.name}`, () => {
    const all = references(agreement(row.text, row.title));
    // Only the references written in Article 3 (the other articles have none).
    assert.equal(all, row.yields);
  });
}

test('references: a reference in the preamble is uncertain', () => {
  const code = '# Agreement on berth data\n\nHaving regard to Article 5 of their earlier arrangement and to Article 2,\n\n## Article 1\n\nText.\n\n## Article 2\n\nText.\n';
  assert.equal(references(code), 'Article 5 → uncertain | Article 2 → uncertain');
});

test('references: a paragraph given with an article is not a paragraph of the article where it stands', () => {
  // Article 3 has a paragraph 3; "Article 2, paragraph 3" still means Article 2's.
  const code = agreement('1. One.\n2. Two.\n3. Article 2, paragraph 3 applies.');
  const ref = analyze(code).model.references.find((r) => r.text.startsWith('Article 2'))!;
  assert.equal(ref.target?.label, 'Article 2');
  assert.equal(ref.targetClause?.citation, 'Article 2(3)');
  assert.equal(ref.relative, undefined);
});
