import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('duplicate-definition', {
  valid: [
    { name: 'one definition', code: '"Personal Data" means information about a person.\n\nPersonal Data is protected.\n' },
    { name: 'two different terms', code: '"Party" means a signatory.\n\n"Third Party" means anyone else.\n' },
    { name: 'a use after the definition is not a second definition', code: '"Notice" means a written message.\n\nEach Notice shall be dated.\n' },
    { name: 'a quoted word that is not defined', code: 'Information marked "Restricted" shall be protected.\n' },
    { name: 'singular and plural defined separately are different spellings', code: 'The two states (the "Parties") agree.\n\n"Party" means either of them.\n' },
    { name: 'no definitions', code: 'The Parties shall consult.\n' },
    {
      name: 'a definition and the paragraphs that add to it',
      code: '## Article 5\n\n1. The term "fixed base" means a place of business.\n\n2. The term "fixed base" includes especially an office.\n\n3. The term "fixed base" shall also include a building site.\n',
    },
    {
      name: 'a definition that only points at the article that defines the term',
      code: '## Article 1 — Definitions\n\n1. "annual levy" has the meaning given in Article 4.\n\n## Article 4\n\n1. The sum each Party pays in a year (hereinafter called the "annual levy") is set by the board.\n',
    },
    { name: 'a term defined by reference to another instrument, once', code: '"illicit trade" has the same meaning as that term is defined in the Convention.\n\nIllicit trade is barred.\n' },
  ],
  invalid: [
    {
      name: 'defined twice in different words',
      code: '"Personal Data" means information about a person.\n\n"Personal Data" means any record on an individual.\n',
      errors: [{ line: 3, column: 2, endColumn: 15, message: /already defined in the opening text, and two definitions/ }],
    },
    {
      name: 'defined twice in the same words',
      code: '## Article 1 — Definitions\n\n1. "Notice" means a written message.\n\n## Article 9\n\n1. "Notice" means a written message.\n',
      errors: [{ line: 7, column: 5, message: /already defined in Article 1\(1\) in the same words/ }],
    },
    { name: 'bold and quoted forms of one term', code: '**Breach** means a loss.\n\n"Breach" means an unauthorised disclosure.\n', errors: [{ line: 3, column: 2 }] },
    { name: 'different capitals are one term', code: '"Data Subject" means a person.\n\n"data subject" means an individual.\n', errors: [{ line: 3, column: 2 }] },
    { name: 'an inline definition repeating a definitions-article term', code: '## Article 1 — Definitions\n\n- Competent Authority: the office named by each Party.\n\n## Article 4\n\nThe ministry (the "Competent Authority") acts.\n', errors: [{ line: 7, column: 20 }] },
    {
      name: 'the same instrument named twice, in the preamble and an article',
      code: '# Agreement on Harbours\n\nNoting the Convention on Safe Harbours (hereinafter "the Harbour Convention"),\n\n## Article 1\n\n1. Terms have the meaning of the Convention on Safe Harbours (hereinafter "the Harbour Convention").\n',
      errors: [{ line: 7, column: 80, message: /already defined in the preamble for the same name\. Keep one definition\.$/ }],
    },
    {
      name: 'the same words under other labels',
      code: '## Article 1 — Definitions\n\n(a) "Port" means a harbour of a Party;\n\n## Article 8\n\n(c) "Port" means a harbour of a Party.\n',
      errors: [{ line: 7, column: 6, message: /already defined in Article 1\(a\) in the same words/ }],
    },
    { name: 'three definitions give two findings', code: '"X-Ray" means one.\n\n"X-Ray" means two.\n\n"X-Ray" means three.\n', errors: [{ line: 3, column: 2 }, { line: 5, column: 2 }] },
  ],
});
