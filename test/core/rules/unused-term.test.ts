import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('unused-term', {
  valid: [
    { name: 'a defined term used later', code: '"Personal Data" means information about an identified person.\n\nPersonal Data shall be protected.\n' },
    { name: 'a plural use counts', code: '"Receiving Party" means the Party that receives information.\n\nReceiving Parties shall keep records.\n' },
    { name: 'a singular use of a plural term counts', code: 'The two governments (the "Parties") agree.\n\nEach Party shall notify the other.\n' },
    { name: 'a bold-style definition used later', code: '**Screening Information** means data used to identify known terrorists.\n\nScreening Information may be shared.\n' },
    { name: 'the acronym given with the definition counts as a use', code: '"Designated Authority" ("DA") means the office named by each Party.\n\nThe DA shall keep the records.\n' },
    { name: 'a use inside another definition counts', code: '"Contract" means a binding agreement.\n\n"Contractor" means a person holding a Contract.\n\nA Contractor shall comply.\n' },
    { name: 'no definitions at all', code: 'The Parties shall consult each other.\n' },
    // A term written in lower case, in the plural, or with another article is used.
    { name: 'used only with other capitals', code: '"Sending Party" means the Party that sends information.\n\nThe sending Party shall mark it.\n' },
    { name: 'a capitalised term used in lower case', code: '"Return" means the return of a person.\n\nEach party shall allow the return of its nationals.\n' },
    { name: 'a capitalised term used in the plural in lower case', code: '"Nuclear weapon" means a weapon with a nuclear charge.\n\nNo party shall carry nuclear weapons.\n' },
    { name: '-y and -ies', code: '"Authority" means the office named by each Party.\n\nThe authorities of both Parties meet.\n' },
    { name: 'an inner word in the plural', code: 'The term "trust or fund" means an entity.\n\nTrusts or funds shall report.\n' },
    { name: 'a term "X of a Y" used for a named Y', code: '"harbour of a Party" means a port of that Party.\n\nVessels enter the harbours of the requesting Party.\n' },
    { name: 'a slash written with other spacing', code: '- Port/ Coastal Areas: the areas each Party names.\n\nThe port/coastal areas are listed.\n'.replace('- ', '## Article 1 — Definitions\n\n- ') },
    { name: 'the plural form "(s)" in a definitions list', code: '## Article 1 — Definitions\n\n1. escort(s) – the officers who travel with a person.\n\n## Article 2\n\n1. The escorts travel with the person.\n' },
  ],
  invalid: [
    { name: 'a term defined and never used', code: '"Personal Data" means information about an identified person.\n\nThe Parties shall consult.\n', errors: [{ line: 1, column: 2, endColumn: 15, message: /"Personal Data" is defined but never used/ }] },
    { name: 'a bold term never used', code: '**Screening Information** means data.\n\nNothing else.\n', errors: [{ line: 1, column: 3, endColumn: 24 }] },
    { name: 'an inline definition never used', code: 'The Ministry of Justice (the "Central Authority") shall act.\n', errors: [{ line: 1, column: 31, message: /Central Authority/ }] },
    {
      name: 'a Definitions article item never used',
      code: '## Article 1 — Definitions\n\n- Transfer Request: a request to pass information on.\n\n## Article 2 — Use\n\n1. The Parties shall consult.\n',
      errors: [{ line: 3, column: 3, message: /Transfer Request/ }],
    },
    {
      name: 'used nowhere, in any capitals or number, but inside its own definition',
      code: '"Exchange Officer" means the exchange officer named by a Party.\n\nThe Parties shall consult.\n',
      errors: [{ line: 1, column: 2, message: /"Exchange Officer" is defined but never used in the draft, in any capitals or number/ }],
    },
    { name: 'a term used only inside its own definition is unused', code: '"Notice" means a written Notice.\n', errors: [{ line: 1, column: 2 }] },
    { name: 'CRLF line endings', code: 'Intro.\r\n\r\n"Breach" means a loss of data.\r\n', errors: [{ line: 3, column: 2 }] },
  ],
});
