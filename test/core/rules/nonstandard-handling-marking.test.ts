import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';
import { only, ruleTester } from '../../helpers/rule-tester.js';

// Our own drafting. The clause under test is on line 14; `handling` is on line 9 of the front matter.
const head = (handling = 'TLP:AMBER') => `---
title: Arrangement on Cyber Threat Information
type: arrangement
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: ${handling}
---

## Article 1 — Handling

`;
const draft = (clause: string) => `${head()}1. ${clause}\n`;

// [clause, the marking as written, the nearest standard label]; the column is computed.
const wrong: [string, string, string][] = [
  ['Reports shall be marked TLP:WHITE when they may be published.', 'TLP:WHITE', 'TLP:CLEAR'],
  ['Indicators shall carry the label TLP AMBER.', 'TLP AMBER', 'TLP:AMBER'],
  ['Bulletins are released under TLP: Amber.', 'TLP: Amber', 'TLP:AMBER'],
  ['Incident reports shall bear tlp:red.', 'tlp:red', 'TLP:RED'],
  ['Threat notes shall be marked TLP:ORANGE.', 'TLP:ORANGE', 'TLP:AMBER'],
  ['Summaries may be shared under TLP-GREEN.', 'TLP-GREEN', 'TLP:GREEN'],
  ['Alerts shall be handled as TLP:Green.', 'TLP:Green', 'TLP:GREEN'],
  ['Strategic assessments are TLP:YELLOW.', 'TLP:YELLOW', 'TLP:AMBER'],
  ['Raw indicators are marked TLP:BLACK.', 'TLP:BLACK', 'TLP:RED'],
  ['Public advisories are released as TLP White.', 'TLP White', 'TLP:CLEAR'],
  ['Vulnerability reports are shared as TLP:amber+strict.', 'TLP:amber+strict', 'TLP:AMBER+STRICT'],
  ['Sector notices go out as TLP : GREEN.', 'TLP : GREEN', 'TLP:GREEN'],
  ['Each report shall be marked RESTRICTED-ORIGINATOR ONLY.', 'RESTRICTED-ORIGINATOR ONLY', 'TLP:AMBER+STRICT'],
  ['Case files shall bear the marking EYES ONLY.', 'EYES ONLY', 'TLP:RED'],
  ['Leads shall carry the handling caveat: LAW ENFORCEMENT SENSITIVE.', 'LAW ENFORCEMENT SENSITIVE', 'TLP:AMBER'],
  ['Documents shall be marked NO FURTHER DISSEMINATION.', 'NO FURTHER DISSEMINATION', 'TLP:AMBER'],
  ['Watch reports are labelled AGENCY-INTERNAL ONLY.', 'AGENCY-INTERNAL ONLY', 'TLP:AMBER+STRICT'],
  ['Shared indicators are designated as PARTNER LIMITED.', 'PARTNER LIMITED', 'TLP:AMBER'],
  ['Situation reports are marked TLP:INTERNAL.', 'TLP:INTERNAL', 'TLP:AMBER'],
  ['Open-source digests are marked TLP:PUBLIC for wide release.', 'TLP:PUBLIC', 'TLP:CLEAR'],
];

ruleTester('nonstandard-handling-marking', {
  valid: [
    draft('Reports intended for publication shall be marked TLP:CLEAR.'),
    draft('Indicators may be shared within the community as TLP:GREEN.'),
    draft('Assessments shall be marked TLP:AMBER+STRICT.'),
    draft('Incident details shall be marked TLP:RED.'),
    draft('The Parties shall use the TLP 2.0 labels of the Traffic Light Protocol.'),
    draft('Each document shall be marked with the date of receipt.'),
    draft('Classified documents shall be marked SECRET or CONFIDENTIAL as appropriate.'),
    draft('Information marked TLP:AMBER may be shared within the receiving organisation.'),
    draft('Material shall be labelled UNCLASSIFIED when it contains no classified information.'),
    draft('Reports are marked TOP SECRET when they reveal sources.'),
    draft('The Parties shall agree handling markings in writing.'),
    draft('The label of each report shall state its date.'),
    draft('Records shall be marked as received.'),
    draft('The FBI and the CIA may receive reports.'),
    draft('Handling restrictions shall be the standard ones.'),
    `${head('TLP:CLEAR')}1. Reports shall be shared.\n`,
    `${head('TLP:AMBER+STRICT')}1. Reports shall be shared.\n`,
    `${head('"TLP:RED"')}1. Reports shall be shared.\n`,
    draft('Information shall be designated as TLP:GREEN before release to industry.'),
    draft('Documents marked NATO RESTRICTED remain subject to NATO rules.'),
    draft('The marking of each item is the responsibility of the originator.'),
  ],
  invalid: [
    ...wrong.map(([clause, written, nearest]) => ({
      name: clause.slice(0, 60),
      code: draft(clause),
      errors: [{ line: 14, column: 4 + clause.indexOf(written), endColumn: 4 + clause.indexOf(written) + written.length, message: new RegExp(`"${written.replace(/[+]/g, '\\+')}", which is not a commonly accepted standard.*nearest standard label is ${nearest.replace(/[+]/g, '\\+')}`) }],
      output: draft(clause.replace(written, nearest)),
      // A TLP 2.0 label spelt another way (or TLP 1.0's WHITE) is put right by a safe fix; any
      // other marking gets the nearest label as a suggestion.
      kinds: [/^TLP[ :-]*(?:white|clear|green|amber|red)(?:\+strict)?$/i.test(written.replace(/ /g, '')) ? ('fix' as const) : ('suggestion' as const)],
    })),
    {
      name: 'old front-matter handling value',
      code: `${head('TLP:WHITE')}1. Reports shall be shared.\n`,
      errors: [{ line: 9, column: 11, endColumn: 20, message: /^The front matter uses the handling marking "TLP:WHITE"/ }],
      output: `${head('TLP:CLEAR')}1. Reports shall be shared.\n`,
      kinds: ['fix'],
    },
    {
      name: 'front-matter handling in words',
      code: `${head('Amber')}1. Reports shall be shared.\n`,
      errors: [{ line: 9, column: 11, message: /"Amber".*TLP:AMBER/ }],
      output: `${head('TLP:AMBER')}1. Reports shall be shared.\n`,
    },
  ],
});

test('nonstandard-handling-marking accepts the national caveats the configuration lists', () => {
  const code = draft('Leads shall carry the handling caveat: LAW ENFORCEMENT SENSITIVE.');
  const withCaveat = analyze(code, { rules: only('nonstandard-handling-marking'), handlingCaveats: ['Law Enforcement Sensitive'] }).findings;
  assert.deepEqual(withCaveat, []);
  const without = analyze(code, { rules: only('nonstandard-handling-marking') }).findings;
  assert.equal(without.length, 1);
  const fmOnly = analyze(`${head('FOUO')}1. Reports shall be shared.\n`, { rules: only('nonstandard-handling-marking'), handlingCaveats: ['FOUO'] }).findings;
  assert.deepEqual(fmOnly, []);
});
