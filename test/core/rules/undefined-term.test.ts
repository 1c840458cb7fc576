import { ruleTester } from '../../helpers/rule-tester.js';

const fm = `---
parties:
  - name: United States of America
    short: the United States
  - name: Republic of Freedonia
    short: Freedonia
---
`;

ruleTester('undefined-term', {
  valid: [
    { name: 'a defined term and its uses', code: '"Receiving Party" means the Party that receives data.\n\nThe Receiving Party shall protect the data it holds.\n' },
    { name: 'parties, short names and this Agreement', code: `${fm}The United States and Freedonia (the "Parties") agree that this Agreement binds each Party and its government.\n` },
    { name: 'names joined by "of" and institutions', code: 'The Ministry of Foreign Affairs and the Department of Homeland Security of the United States shall consult on security matters.\n' },
    { name: 'laws, months and sentence-initial words', code: 'Records are kept under the Privacy Act of 1974. Notices given in March are answered in April. Records shall be kept.\n' },
    { name: 'an acronym expansion', code: 'The Terrorist Screening Center (TSC) shares data with the TSC partners; the center reviews each screening request.\n' },
    { name: "a heading's own words", code: '## Article 4 — Protection of Personal Data\n\n1. Each Party shall protect Personal Data and keep data secure.\n' },
    { name: 'a proper name with no lower-case counterpart', code: 'Meetings take place in Washington or Geneva, as the parties agree.\n' },
    { name: 'a single capitalised word used once', code: 'The parties may exchange Screening data and other data.\n' },
    { name: 'quoted names are names', code: 'Documents marked "Sensitive Security Information" are handled with care under data rules.\n' },
  ],
  invalid: [
    {
      name: 'an undefined two-word term',
      code: 'The parties exchange data. The Receiving Party shall protect the data it receives.\n',
      errors: [{ line: 1, column: 32, endColumn: 47, message: /"Receiving Party" is capitalised as a defined term, but the draft never defines it/ }],
    },
    {
      name: 'one finding for repeated uses, pointing at the others',
      code: 'Each party shall protect Personal Data. Personal Data is kept for two years, and personal records are kept too. Any Personal Data may be erased.\n',
      errors: [{ line: 1, column: 26, message: /"Personal Data"/ }],
    },
    {
      name: 'a near miss of a defined term',
      code: '"Personal Data" means information on a person.\n\nThe parties protect Personal Data and Personal Information held as information.\n',
      errors: [{ line: 3, column: 39, message: /"Personal Information"/ }],
    },
    {
      name: 'a single word capitalised as a term throughout',
      code: 'The parties exchange information. Each party protects Information it receives and deletes Information it no longer needs.\n',
      errors: [{ line: 1, column: 55, message: /"Information"/ }],
    },
    { name: 'after a clause label', code: '## Article 2\n\n(a) the Requesting Officer shall state the purpose of each requesting step.\n', errors: [{ line: 3, column: 9 }] },
    { name: 'inside a tracked change', code: 'The parties protect {++Shared Records++} and records.\n', errors: [{ line: 1, column: 24 }] },
    { name: 'astral characters before it', code: '𝒜 — the parties protect Shared Records and other records.\n', errors: [{ line: 1, column: 26 }] },
  ],
});
