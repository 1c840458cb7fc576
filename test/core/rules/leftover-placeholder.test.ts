import { ruleTester } from '../../helpers/rule-tester.js';

const fm = `---
title: Agreement on the Exchange of Screening Information
partner: the Kingdom of the Netherlands
effective date: 1 March 2027
parties:
  - name: United States of America
    short: the United States
  - name: Kingdom of the Netherlands
    short: the Netherlands
---
`;

ruleTester('leftover-placeholder', {
  valid: [
    { name: 'a finished clause', code: `${fm}## Article 1 — Purpose\n\n1. The Parties shall exchange screening information.\n` },
    { name: '"XX" as a Roman numeral cited from another instrument', code: '## Article 1\n\n1. Articles XV and XVII to XX of the Convention apply.\n2. Chapter XX of the Code does not.\n' },
    { name: 'a Markdown link is not a placeholder', code: 'See [ANNEX A](annex-a.md) and [RULES][r].\n\n[r]: rules.md\n' },
    { name: 'brackets around lower-case words are text', code: 'The Parties [as defined above] agree.\n' },
    { name: 'code keeps its brackets', code: 'Use `[PARTNER]` in templates.\n\n```\n[DATE]\n```\n' },
    { name: 'Roman numeral XX when the draft has an Article XX', code: '## Article XX — Final Provisions\n\nAs set out in Article XX, this applies.\n' },
    { name: 'words containing the markers', code: 'The TBDA office and XXL sizes are not markers.\n' },
  ],
  invalid: [
    {
      name: 'fills [PARTNER] from the front matter',
      code: `${fm}## Article 1\n\n1. Information received from [PARTNER] may be used.\n`,
      errors: [{ line: 13, column: 30, endColumn: 39, message: /\[PARTNER\].*the Kingdom of the Netherlands/ }],
      output: `${fm}## Article 1\n\n1. Information received from the Kingdom of the Netherlands may be used.\n`,
      // The front matter names the value for this very placeholder: a safe fix.
      kinds: ['fix'],
    },
    {
      name: 'party placeholders use short names and capitalise at the start of a sentence',
      code: `${fm}## Article 2\n\n[PARTY A] shall notify [PARTY B] promptly.\n`,
      errors: [{ line: 13, column: 1 }, { line: 13, column: 24 }],
      output: `${fm}## Article 2\n\nThe United States shall notify the Netherlands promptly.\n`,
      // A party found by position is a reading of the drafter's intent: a suggestion.
      kinds: ['suggestion'],
    },
    {
      name: 'a key with a space matches the placeholder name',
      code: `${fm}This Agreement enters into force on [EFFECTIVE DATE].\n`,
      errors: [{ line: 11, column: 37 }],
      output: `${fm}This Agreement enters into force on 1 March 2027.\n`,
    },
    {
      name: 'no matching value: a finding without a fix',
      code: 'Signed at [PLACE] on [DATE].\n',
      errors: [{ line: 1, column: 11, message: /\[PLACE\]/ }, { line: 1, column: 22, message: /\[DATE\]/ }],
    },
    { name: 'TBD, TBC and XX', code: 'The fee is TBD.\n\nSee Article XX (TBC).\n', errors: [{ line: 1, column: 12 }, { line: 3, column: 13 }, { line: 3, column: 17 }] },
    { name: 'bracketed instruction', code: 'Notices go to [insert address of the Ministry].\n', errors: [{ line: 1, column: 15 }] },
    { name: 'placeholder in a heading', code: '# Agreement with [PARTNER]\n', errors: [{ line: 1, column: 18 }] },
    { name: 'escaped brackets are still a placeholder', code: 'Between \\[PARTNER\\] and us.\n', errors: [{ line: 1, column: 9, endColumn: 20 }] },
    { name: 'astral characters before the placeholder count as two UTF-16 units', code: '𝒜𝒷 [DATE]\n', errors: [{ line: 1, column: 6 }] },
    { name: 'CRLF line endings', code: 'First line.\r\n\r\nOn [DATE].\r\n', errors: [{ line: 3, column: 4, endColumn: 10 }] },
    { name: 'a placeholder in front matter values is not used to fill', code: '---\npartner: "[PARTNER]"\n---\nWith [PARTNER].\n', errors: [{ line: 4, column: 6 }] },
    // Found by npm run fuzz (seed 20261206): the name joined "the Providing Party" into one phrase.
    { name: 'no fill that would join a capitalised word before it into a longer phrase', code: '---\npartner: Ruritania\n---\nNotice goes to the Providing Party [PARTNER] without delay. The providing Party notifies.\n', output: '---\npartner: Ruritania\n---\nNotice goes to the Providing Party [PARTNER] without delay. The providing Party notifies.\n', errors: [{ line: 4, column: 36, message: /The front matter gives "Ruritania"/ }] },
    // Found by npm run fuzz (seed 20261126): the title's last word joined the capitalised word after the blank.
    { name: 'no fill that would join a capitalised word after it into a longer phrase', code: '---\ntitle: Arrangement on Screening Information\n---\nThe text is SECRET. [TITLE] Obligations under this Article survive termination.\n', output: '---\ntitle: Arrangement on Screening Information\n---\nThe text is SECRET. [TITLE] Obligations under this Article survive termination.\n', errors: [{ line: 4, column: 21, message: /The front matter gives "Arrangement on Screening Information"/ }] },
    // Found by npm run fuzz (seed 20261126): after "1. ", "42" reads as the label of a sub-paragraph.
    { name: 'no fill that would open a list item with a number', code: '---\ntitle: 42\n---\n## Article 1\n\n1. [TITLE] The Parties agree.\n', output: '---\ntitle: 42\n---\n## Article 1\n\n1. [TITLE] The Parties agree.\n', errors: [{ line: 6, column: 4, message: /The front matter gives "42"/ }] },
    // Found by npm run fuzz (seed 20261126): "this Article 42" would be a cross-reference.
    { name: 'no fill that would make a cross-reference', code: '---\ntitle: 42\n---\n## Article 1\n\nAs set out in this Article [TITLE] the Parties agree.\n', output: '---\ntitle: 42\n---\n## Article 1\n\nAs set out in this Article [TITLE] the Parties agree.\n', errors: [{ line: 6, column: 28, message: /The front matter gives "42"/ }] },
    // Found by npm run fuzz (seed 20261130): the title "# 42" reads as an Article 42, which made
    // the draft's "Article 1" a broken reference.
    { name: 'no fill that would make the title heading an article', code: '---\ntitle: 42\n---\n# [TITLE]\n\n## Section 1\n\nAs set out in Article 1 the Parties agree.\n', output: '---\ntitle: 42\n---\n# [TITLE]\n\n## Section 1\n\nAs set out in Article 1 the Parties agree.\n', errors: [{ line: 4, column: 3, message: /The front matter gives "42"/ }] },
    { name: 'a fill in a heading that keeps it the title', code: '---\ntitle: Data Sharing Arrangement\n---\n# [TITLE]\n\n## Article 1\n\nThe Parties agree.\n', output: '---\ntitle: Data Sharing Arrangement\n---\n# Data Sharing Arrangement\n\n## Article 1\n\nThe Parties agree.\n', errors: [{ line: 4, column: 3, message: /The front matter gives "Data Sharing Arrangement"/ }] },
    { name: 'a fill in an article heading that keeps its number', code: '---\ntitle: Use of Information\n---\n## Article 5 — [TITLE]\n\nThe Parties agree.\n', output: '---\ntitle: Use of Information\n---\n## Article 5 — Use of Information\n\nThe Parties agree.\n', errors: [{ line: 4, column: 16, message: /The front matter gives "Use of Information"/ }] },
    // Found by npm run fuzz (seed 20261202): "[...]" names nothing, yet matched the front matter's
    // empty key (": no key") and was filled with its value.
    { name: 'no fill for a placeholder that names nothing', code: '---\n: no key\n---\n## Article 1\n\nThe Parties [...] agree.\n', output: '---\n: no key\n---\n## Article 1\n\nThe Parties [...] agree.\n', errors: [{ line: 6, column: 13, message: /^Placeholder \[\.\.\.\] is still in the draft; a text sent for signature must not contain unfilled blanks\.$/ }] },
    // Found by the fix property: "42" opening a paragraph reads as its label "42".
    { name: 'no fill that would open a paragraph with a number', code: '---\ntitle: 42\n---\n## Preamble\n\n[TITLE] The Parties agree.\n', output: '---\ntitle: 42\n---\n## Preamble\n\n[TITLE] The Parties agree.\n', errors: [{ line: 6, column: 1, message: /The front matter gives "42"/ }] },
  ],
});
