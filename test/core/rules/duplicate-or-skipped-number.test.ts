import { ruleTester } from '../../helpers/rule-tester.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';

ruleTester('duplicate-or-skipped-number', {
  valid: [
    { name: 'regular articles and paragraphs', code: '## Article 1\n\n1. One.\n2. Two.\n\n## Article 2\n\n1. One.\n   (a) a;\n   (b) b.\n' },
    { name: 'Roman-numbered articles', code: '## Article I\n\nText.\n\n## Article II\n\nText.\n\n## Article III\n\nText.\n' },
    { name: 'letters that reach i continue as letters', code: '## Article 1\n\n(a) a\n(b) b\n(c) c\n(d) d\n(e) e\n(f) f\n(g) g\n(h) h\n(i) i\n(j) j\n' },
    { name: 'a list numbered 1. 1. 1. lets Markdown count', code: '## Article 1\n\n1. One.\n1. Two.\n1. Three.\n' },
    { name: 'two families: Articles and Annexes', code: '## Article 1\n\nA.\n\n## Article 2\n\nB.\n\n## Annex A\n\nC.\n\n## Annex B\n\nD.\n' },
    { name: 'an article number written again as its only paragraph label', code: '## Article 1\n\n1. Text.\n\n## Article 2\n\n2. Text.\n' },
    { name: 'roman sub-items under lettered items', code: '## Article 1\n\n1. One:\n   (a) first:\n      (i) x;\n      (ii) y.\n   (b) second.\n' },
    // Found by npm run fuzz (seed 20261127): "1. (i)" is paragraph 1 with its sub-item (i), and an
    // indented "3." that cannot open a list inside paragraph 2 is read as paragraph 3.
    { name: 'a numbered item that opens with a sub-item, and a "3." that continues the list', code: '## Annex A\n\n1. (i) The Parties exchange records.\n2. The Recipient keeps the records.\n   3. The Parties exchange records.\n' },
    // The structures of real agreements (our own wording).
    { name: 'articles under chapters, numbered on through the chapters', code: '## Chapter I\n\n### Article 1\n\nA.\n\n### Article 2\n\nB.\n\n## Chapter II\n\n### Article 3\n\nC.\n' },
    { name: 'sections numbered again in each part', code: '## Part I\n\n### Section 1\n\nA.\n\n### Section 2\n\nB.\n\n## Part II\n\n### Section 1\n\nC.\n\n### Section 2\n\nD.\n' },
    { name: 'a protocol numbers its own articles', code: '## Article 1\n\nA.\n\n## Article 2\n\nB.\n\n## Protocol\n\n### Article 1\n\nC.\n\n### Article 2\n\nD.\n' },
    { name: 'a numbered list nested in a numbered paragraph', code: '## Article 1\n\n1. The Parties shall:\n   1. meet;\n   2. report.\n2. Costs are shared.\n3. Disputes are settled by talks.\n' },
    { name: '(h), Roman (i) and (ii) under it, then the letter (i)', code: '## Article 1\n\n1. Terms:\n   (a) a;\n   (b) b;\n   (c) c;\n   (d) d;\n   (e) e;\n   (f) f;\n   (g) g;\n   (h) h, being:\n      (i) one; or\n      (ii) two;\n   (i) i;\n   (j) j.\n' },
    { name: 'Roman items up to (vi) under a letter', code: '## Article 2\n\n1. Taxes:\n   (a) of one Party:\n      (i) one;\n      (ii) two;\n      (iii) three;\n      (iv) four;\n      (v) five; and\n      (vi) six;\n   (b) of the other Party.\n' },
    { name: '"(1)" paragraphs with a bare "(2)" over its lettered items', code: '## Article 3\n\n(1) One.\n\n(2)\n\n(a) first;\n\n(b) second.\n\n(3) Three.\n' },
    { name: '"(1)" as a level below "(a)"', code: '## Article 4\n\n1. Costs:\n   (a) are borne as follows:\n   (1) travel by the host;\n   (2) the rest shared.\n   (b) are settled yearly.\n2. End.\n' },
    { name: 'a numbered item with no lead-in before its lettered items', code: '## Article 5\n\n1. One.\n2. (a) first;\n   (b) second.\n3. Three.\n' },
    { name: 'lettered items under different sub-headings of one section', code: '## Note I\n\n### I.\n\n(a) first;\n\n(b) second.\n\n### II.\n\n(a) first;\n\n(b) second.\n' },
    { name: 'capital-letter paragraphs, some opening with a quotation', code: '## Article I\n\nA. “Weapon” means a device.\n\nB. “Part” means a component.\n\nC. “Party” means a signatory.\n\nD. The terms above apply throughout.\n' },
  ],
  invalid: [
    {
      name: 'a gap in the articles of a chaptered treaty',
      code: '## Chapter I\n\n### Article 1\n\nA.\n\n### Article 2\n\nB.\n\n## Chapter II\n\n### Article 4\n\nC.\n',
      errors: [{ line: 13, column: 1, message: /Article 4 follows Article 2: Article 3 is missing/ }],
    },
    {
      name: 'a gap in the sections of one part, cited with the part',
      code: '## Part I\n\n### Section 1\n\nA.\n\n## Part II\n\n### Section 1\n\nB.\n\n### Section 3\n\nC.\n',
      errors: [{ line: 13, column: 1, message: /Section 3 of Part II follows Section 1 of Part II: Section 2 of Part II is missing/ }],
    },
    {
      name: 'a Roman item written twice',
      code: '## Article 2\n\n1. Taxes:\n   (a) of one Party:\n      (i) one;\n      (ii) two;\n      (ii) three.\n',
      errors: [{ line: 7, column: 8, message: /Article 2\(1\)\(a\)\(ii\) repeats a number: there is already Article 2\(1\)\(a\)\(ii\)\. The next paragraph would be Article 2\(1\)\(a\)\(iii\)\./ }],
    },
    {
      // Found by npm run fuzz (seed 20261213): "2." after an indented line cannot open a list, so
      // the paragraphs read as one paragraph cut at its labels and the indented "(a)" below as code;
      // renumbered to "1.", they open a list and "(a)" becomes a clause that names personal data.
      name: 'no renumbering that would change what the section says, not only its numbers',
      code: '## Article 2 — Definitions\n\n      1. Each Party designates a contact.\n2. The Recipient keeps the records.\n3. The Parties exchange records.\n\n      (a) The Parties exchange names and dates of birth.\n',
      output: '## Article 2 — Definitions\n\n      1. Each Party designates a contact.\n2. The Recipient keeps the records.\n3. The Parties exchange records.\n\n      (a) The Parties exchange names and dates of birth.\n',
      errors: [{ line: 4, column: 1, message: /is the first paragraph of its sequence/ }],
    },
    {
      name: 'a skipped article number, renumbered with the references to it',
      code: '## Article 1\n\nSee Article 4.\n\n## Article 2\n\nText.\n\n## Article 4\n\nText.\n',
      errors: [{ line: 9, column: 1, message: /Article 4 follows Article 2: Article 3 is missing/ }],
      output: '## Article 1\n\nSee Article 3.\n\n## Article 2\n\nText.\n\n## Article 3\n\nText.\n',
    },
    {
      name: 'a duplicate article number',
      code: '## Article 1\n\nA.\n\n## Article 2\n\nB.\n\n## Article 2\n\nC.\n\n## Article 3\n\nD.\n',
      errors: [{ line: 9, column: 1, message: /Article 2 repeats a number: there is already Article 2/ }],
      output: '## Article 1\n\nA.\n\n## Article 2\n\nB.\n\n## Article 3\n\nC.\n\n## Article 4\n\nD.\n',
    },
    {
      name: 'a skipped paragraph number',
      code: '## Article 5\n\n1. One.\n2. Two.\n4. Four.\n',
      errors: [{ line: 5, column: 1, endColumn: 2, message: /Article 5\(4\) follows Article 5\(2\): Article 5\(3\) is missing/ }],
      output: '## Article 5\n\n1. One.\n2. Two.\n3. Four.\n',
    },
    {
      name: 'a duplicate lettered item',
      code: '## Article 2\n\n1. The Parties:\n   (a) consult;\n   (b) notify;\n   (b) report.\n',
      errors: [{ line: 6, column: 5, message: /Article 2\(1\)\(b\) repeats a number/ }],
      output: '## Article 2\n\n1. The Parties:\n   (a) consult;\n   (b) notify;\n   (c) report.\n',
    },
    {
      name: 'numbering that does not start at 1',
      code: '## Article 3\n\n2. Two.\n3. Three.\n',
      errors: [{ line: 3, column: 1, message: /should start at Article 3\(1\)/ }],
      output: '## Article 3\n\n1. Two.\n2. Three.\n',
    },
    {
      name: 'two problems in one draft: reported without a fix',
      code: '## Article 1\n\n1. a\n3. b\n7. c\n',
      errors: [{ line: 4, column: 1 }, { line: 5, column: 1 }],
    },
    {
      name: 'a paragraph with sub-paragraphs is not renumbered',
      code: '## Article 1\n\n1. a\n3. b:\n   (a) x;\n   (b) y.\n',
      errors: [{ line: 4, column: 1, message: /Article 1\(2\) is missing/ }],
    },
    {
      name: 'a skipped Roman article',
      code: '## Article I\n\nA.\n\n## Article III\n\nB.\n',
      errors: [{ line: 5, column: 1, message: /Article II is missing/ }],
      output: '## Article I\n\nA.\n\n## Article II\n\nB.\n',
    },
    {
      // Found by npm run fuzz (seed 20261127): the lone "2." that repeats its article's number
      // stayed 2 when the article became 3, and then read as a paragraph sequence starting at 2.
      name: 'an article number written again as its lone paragraph moves with the renumbered article',
      code: '## Article 2 — Definitions\n\n## Article 2 — Scope\n\n2. Text.\n',
      errors: [{ line: 3, column: 1, message: /Article 2 repeats a number/ }],
      output: '## Article 2 — Definitions\n\n## Article 3 — Scope\n\n3. Text.\n',
    },
  ],
});

// Found by the fix property: a paragraph that opens with two markers ("2. (2) ...") is read by the
// inner one, so renumbering the outer one left the finding in place. No renumbering is offered then.
test('a paragraph with two markers gets no renumbering fix', () => {
  const code = '## Article 1 — Definitions\n\n      1. Each Party designates a point of contact.\n2. (2) The Parties exchange names.\n';
  const found = analyze(code).findings.filter((f) => f.ruleId === 'duplicate-or-skipped-number');
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /Article 1\(2\) is the first paragraph/);
  assert.deepEqual(found[0]!.fixes, []);
});
