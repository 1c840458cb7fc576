import { ruleTester } from '../../helpers/rule-tester.js';

const draft = (body: string) => `## Article 1 — Purpose

1. The Parties cooperate.
2. They consult as set out in Article 2.

## Article 2 — Consultation

1. The Parties consult each year.
2. A Party may ask for a meeting.
   (a) in writing; or
   (b) through the channel in Annex A.

## Article 3 — Final Provisions

${body}

## Annex A — Channels

Each Party names one office.
`;

ruleTester('broken-cross-reference', {
  valid: [
    { name: 'references to existing articles, paragraphs and annexes', code: draft('Article 2(2)(b), paragraph 1 of Article 2, Annex A and Articles 1 and 2 apply.') },
    { name: 'a paragraph of the article it stands in', code: draft('1. This applies.\n2. Paragraph 1 is without prejudice to paragraph 1 of this Article.') },
    { name: 'a reference to another instrument', code: draft('Article 12 of the Convention on Cybercrime and Section 552a of title 5 are not affected.') },
    { name: 'a reference to the Agreement itself', code: draft('Article 2 of this Agreement and Article 1 of the Agreement apply.') },
    { name: 'a fragment without numbered articles is not checked', code: 'Information is used as set out in Article 9.\n' },
    { name: 'Section references in a draft numbered by Articles cite statutes', code: draft('Records are kept as Section 208 requires.') },
    { name: 'a paragraph "thereof" belongs to the article just named', code: draft('Article 2, and paragraph 7 thereof, apply.') },
    { name: 'a paragraph given with its article is that article\'s', code: draft('Article 2, paragraph 2 (b) and Article 2 - paragraph 1 apply.') },
    { name: 'a sub-paragraph of the paragraph where it stands', code: draft('1. Notices name:\n   (a) the sender;\n   (b) the date, unless subparagraph (a) names a unit.') },
    { name: 'the preceding paragraph', code: draft('1. Notices are written.\n2. The preceding paragraph does not apply to urgent notices.') },
    { name: 'another instrument named by its title, its year, or "thereof"', code: draft('Article 30 of the 1977 Convention, Article 40 of Directive 95/46/EC, Article 102 of the Charter of the United Nations and the Treaty, with Article 50 thereof, are not affected.') },
    { name: 'a sentence that names another instrument before the reference', code: draft('Under the Convention on Mutual Assistance, Article 26 applies.') },
    { name: 'quoted amending text', code: draft('The following is added: "Article 40 applies."') },
    { name: 'the preamble cites other instruments', code: `# Agreement on notices\n\nRecalling Article 12 of their earlier exchange and Article 9,\n\n${draft('Nothing.')}` },
    { name: 'a paragraph between two that exist is more likely unread than missing', code: draft('See paragraph 2 of Article 2.').replace('2. A Party may ask', '3. A Party may ask') },
  ],
  invalid: [
    {
      name: 'an article that does not exist',
      code: draft('Article 7 applies.'),
      errors: [{ line: 15, column: 1, endColumn: 10, message: /"Article 7" refers to Article 7, which the draft does not have\. Correct the number/ }],
    },
    {
      name: 'a paragraph that does not exist',
      code: draft('Paragraph 3 of Article 2 applies.'),
      errors: [{ line: 15, column: 1, message: /paragraph 3 of Article 2, which has no such paragraph/ }],
    },
    { name: 'a sub-paragraph that does not exist', code: draft('Article 2(2)(c) applies.'), errors: [{ line: 15, column: 1, message: /paragraph 2\(c\) of Article 2/ }] },
    {
      name: 'a missing article referred to twice gives one finding',
      code: draft('Article 8 applies, and so does Article 8.'),
      errors: [{ line: 15, column: 1, message: /Article 8, which the draft does not have/ }],
    },
    {
      name: 'a Roman numeral for an arabic-numbered article is fixed',
      code: draft('Article II applies.'),
      errors: [{ line: 15, column: 1, message: /Did you mean Article 2\?/ }],
      output: draft('Article 2 applies.'),
    },
    {
      name: 'the only annex is the obvious target',
      code: draft('See Annex 1.'),
      errors: [{ line: 15, column: 5, message: /Did you mean Annex A\?/ }],
      output: draft('See Annex A.'),
    },
    { name: 'a list of articles with one missing', code: draft('Articles 2 and 5 apply.'), errors: [{ line: 15, column: 16, message: /Article 5/ }] },
    {
      name: 'a paragraph given with another article is looked up there, not where it stands',
      code: draft('1. One.\n2. Two.\n3. Article 1, paragraph 3 applies.'),
      errors: [{ line: 17, column: 4, message: /paragraph 3 of Article 1, which has no such paragraph/ }],
    },
    {
      name: 'the Agreement is another instrument in a Protocol to it, this Protocol is the draft',
      code: `---\ntitle: Protocol to the Agreement on notices\n---\n\n${draft('Article 9 of the Agreement applies, and so does Article 8 of this Protocol.')}`,
      errors: [{ line: 19, message: /"Article 8 of this Protocol" refers to Article 8/ }],
    },
    { name: 'a relative paragraph that does not exist', code: draft('1. This applies.\n2. Paragraph 4 governs.'), errors: [{ line: 16, column: 4, message: /paragraph 4 of Article 3 \(where it stands\)/ }] },
  ],
});
