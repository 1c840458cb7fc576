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
    // Names of other instruments, institutions and titles.
    { name: 'the title of another convention after "on"', code: 'Each party meets its duties under the Vienna Convention on Consular Relations. Consular relations are kept.\n' },
    {
      name: 'a title that runs on past "and", "or" and a comma',
      code: 'The parties apply the Convention against Cruelty and Other Harsh, Unkind or Degrading Handling. The Degrading Handling of a person is barred; degrading handling is rare.\n',
    },
    { name: 'a title after "Relating to the"', code: 'The Agreement Relating to the Mutual Recognition of Licences stays in force. The Mutual Recognition of a licence is kept; recognition is mutual.\n' },
    { name: 'a covenant and a conference', code: 'The International Covenant binds both. States at the International Conference agreed; the covenant and the conference are named.\n' },
    { name: 'a council, a decision and a secretary', code: 'The Customs Co-operation Council and the Secretary General act under the Council Decision. The council, the secretary and the decision are named.\n' },
    { name: 'the high contracting parties', code: '"Contracting Party" means a state bound by this Agreement.\n\nThe High Contracting Parties agree; the Contracting Parties sign. They are high contracting parties.\n' },
    { name: 'a kingdom and a government', code: 'The Government of the Kingdom of the Netherlands acts for the kingdom and its government.\n' },
    { name: 'a quoted title in typographic quotes', code: 'The parties note the ‘‘Automatic Exchange of Savings Returns’’. Savings returns are exchanged.\n' },
    { name: 'a territory named with a state', code: 'An agreement with a State or Territory binds that State or Territory; the territory is named.\n' },
    { name: 'a title with a bracket before its instrument word', code: 'This supersedes the Harbour Pilots (Coastal) Recommendation and the Harbour Pilots (Inland) Recommendation; harbour pilots are coastal or inland.\n' },
    { name: 'a label with its number', code: 'Members in Category III pay less; the Category III members and each category are listed.\n' },
    { name: 'a numbered event', code: 'The Fourth Review is held after the Third Review; each review is public.\n' },
    { name: 'a body named with "on"', code: 'Amendments go to the Working Party on Inland Ports. The Working Party on Inland Ports meets; ports and parties attend.\n' },
    // A capitalised phrase with no sign that it is meant as a term.
    { name: 'a phrase written once', code: 'The report gives the names of the Commanding Officers of the vessels and the officers on board.\n' },
    {
      name: 'a phrase always written bare, as the name of a benefit',
      code: 'A person who claims Sickness Allowance gets a form.\n\nThe office answers each claim for Sickness Allowance within a month; sickness is certified.\n',
    },
    // Uses of defined terms written otherwise.
    { name: 'a term defined in lower case and written with capitals', code: '"paying agent" means the bank that pays.\n\nThe Paying Agent keeps records, and the Paying Agent reports to each agent.\n' },
    { name: 'a term defined by "the term … shall mean" and used in the plural', code: 'The term "Customs Office" shall mean an office of either party.\n\nThe Customs Offices keep records; each office reports.\n' },
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
    {
      name: 'after a clause label',
      code: '## Article 2\n\n(a) the Requesting Officer shall state the purpose of each requesting step;\n\n(b) the Requesting Officer shall sign it.\n',
      errors: [{ line: 3, column: 9 }],
    },
    { name: 'inside a tracked change', code: 'The parties protect {++Shared Records++} and records. The Shared Records stay here.\n', errors: [{ line: 1, column: 24 }] },
    { name: 'astral characters before it', code: '𝒜 — the parties protect Shared Records and other records; the Shared Records stay here.\n', errors: [{ line: 1, column: 26 }] },
    {
      name: 'one use that shares its head noun with the parties',
      code: 'The parties exchange requests. A request is answered by the Answering Party within ten days.\n',
      errors: [{ line: 1, column: 61, message: /"Answering Party"/ }],
    },
    {
      name: 'a phrase written twice, once after "the"',
      code: 'The agencies keep logs. Each agency files Audit Returns yearly, and the Audit Returns list every return made.\n',
      errors: [{ line: 1, column: 43, message: /"Audit Returns"/ }],
    },
    {
      name: 'a term defined in lower case is a different phrase from its near miss',
      code: '"exchange request" means a request for records.\n\nThe Exchange Requests and the Exchange Notices are logged; each exchange notice is kept with the Exchange Notices of its year.\n',
      errors: [{ line: 3, column: 31, message: /"Exchange Notices"/ }],
    },
  ],
});
