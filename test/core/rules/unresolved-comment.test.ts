import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('unresolved-comment', {
  valid: [
    { name: 'a clean clause', code: '## Article 1 — Purpose\n\n1. The Parties shall exchange screening information.\n' },
    { name: 'an accepted addition is not a comment', code: 'The Parties {++promptly++} notify each other.\n' },
    { name: 'a proposed deletion is not a comment', code: 'The Parties {--shall--} may notify each other.\n' },
    { name: 'a substitution is not a comment', code: 'Notice is given {~~in writing~>by diplomatic note~~}.\n' },
    { name: 'a highlight alone is not a comment', code: 'Notice is given {==within thirty days==}.\n' },
    { name: 'comment syntax in code is not read', code: 'Write `{>>like this<<}` for a comment.\n\n```\n{>>not a comment<<}\n```\n' },
    { name: 'an HTML comment is not a reviewer comment', code: 'Text.\n\n<!-- drafting history kept by the clerk -->\n' },
  ],
  invalid: [
    // Found by npm run fuzz (seed 20261127): without the comment, the indented "1." joins the list
    // before it and repeats its number; the comment is reported, with no deletion offered.
    { name: 'no deletion when the comment holds list items apart', code: '# A\n\n## Article 1\n\n1. The Parties meet.\n\n{>>Check with counsel.<<}\n\n      1. Each Party names a contact.\n2. The Parties report.\n', output: '# A\n\n## Article 1\n\n1. The Parties meet.\n\n{>>Check with counsel.<<}\n\n      1. Each Party names a contact.\n2. The Parties report.\n', errors: [{ line: 7, column: 1 }] },
    // Found by npm run fuzz (seed 20261221): a numbered paragraph that holds only the comment is
    // no paragraph once it is deleted, and the one after it would open the numbering at 2.
    { name: 'no deletion that empties a numbered paragraph', code: '## Article 2\n\n1. {>> Each Party designates a contact. <<}\n\n(2) The Parties report.\n', output: '## Article 2\n\n1. {>> Each Party designates a contact. <<}\n\n(2) The Parties report.\n', errors: [{ line: 3, column: 4 }] },
    {
      name: 'a comment after a clause, deleted with the space before it',
      code: 'The Parties shall consult. {>>Check with counsel<<}\n',
      errors: [{ line: 1, column: 28, endColumn: 52, message: /"Check with counsel"/, severity: 'information' }],
      output: 'The Parties shall consult.\n',
    },
    {
      name: 'a comment at the start of a line',
      code: '## Article 2\n\n{>>Is thirty days enough?<<} Notice is given within thirty days.\n',
      errors: [{ line: 3, column: 1, message: /thirty days enough/ }],
      output: '## Article 2\n\n Notice is given within thirty days.\n',
    },
    {
      name: 'a comment attached to a highlight',
      code: 'Notice is given {==within thirty days==}{>>too short?<<}.\n',
      errors: [{ line: 1, column: 41 }],
      output: 'Notice is given {==within thirty days==}.\n',
    },
    {
      name: 'two comments in one clause',
      code: 'A {>>one<<} and B {>>two<<}.\n',
      errors: [{ line: 1, column: 3 }, { line: 1, column: 19 }],
      output: 'A and B.\n',
    },
    {
      name: 'a long comment is shortened in the message',
      code: `Text {>>${'a very long remark '.repeat(6)}<<}\n`,
      errors: [{ line: 1, column: 6, message: /\.\.\."\)/ }],
      output: 'Text\n',
    },
    {
      name: 'a comment spanning lines, with CRLF',
      code: 'Text {>>first line\r\nsecond line<<}\r\n',
      errors: [{ line: 1, column: 6, endLine: 2, endColumn: 15 }],
      output: 'Text\r\n',
    },
    {
      name: 'a comment that swallowed a numbered item gets no fix',
      code: '1. One. {>>unclosed\n2. Two. {>>closed<<}\n',
      errors: [{ line: 1, column: 9, endLine: 2, endColumn: 21 }],
    },
    { name: 'a comment inside the front matter fence gets no fix', code: '-{>>x<<}--\ntitle: T\n---\nText.\n', errors: [{ line: 1, column: 2 }] },
    {
      name: 'astral characters before the comment count as two UTF-16 units',
      code: '𝒜 {>>?<<}\n',
      errors: [{ line: 1, column: 4 }],
      output: '𝒜\n',
    },
  ],
});
