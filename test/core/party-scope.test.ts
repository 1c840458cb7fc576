/**
 * Scope of the privacy checks (domain brief, section B): the Privacy Act and U.S.-person elements
 * where the United States or a U.S. agency is a party, or where the parties are unknown; the
 * parties' applicable data-protection law elsewhere, in messages and in fixes alike. The classified
 * checks' fixes, likewise, name U.S. classification levels only where the United States is a party.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyFirstFixes, type Finding } from '../../server/src/core/index.js';
import { draftPartyScope, partyScope } from '../../server/src/core/language/scope.js';
import { buildModel } from '../../server/src/core/model.js';
import { missingRealText, realAgreements } from '../helpers/real-agreements.js';
import { only, ruleTester } from '../helpers/rule-tester.js';

const usWords = /Privacy Act|U\.S\.|United States|lawful permanent residents?|Judicial Redress/;

// --- Who the parties are ---------------------------------------------------------------------

const p = (...names: string[]) => names.map((n) => ({ name: n, short: n }));
const scopes: [string, ReturnType<typeof p>, string | undefined, ReturnType<typeof partyScope>][] = [
  ['front matter names the United States of America', p('Government of the United States of America', 'Government of Ruritania'), undefined, 'us'],
  ['front matter names a U.S. agency', p('Department of Homeland Security', 'Ministry of the Interior of Ruritania'), undefined, 'us'],
  ['front matter: "USA"', p('USA', 'Ruritania'), undefined, 'us'],
  ['front matter: "the U.S."', p('the U.S.', 'Ruritania'), undefined, 'us'],
  ['front matter names two other states', p('Kingdom of Ruritania', 'Republic of Freedonia'), 'Agreement between the United States and Ruritania', 'non-us'],
  ['the United Kingdom is not the United States', p('United Kingdom of Great Britain and Northern Ireland', 'Kingdom of Ruritania'), undefined, 'non-us'],
  ['the United Mexican States, the "United States of Mexico", are not', p('United States of Mexico', 'Republic of Freedonia'), undefined, 'non-us'],
  ['a city of the United States in a party name is no U.S. party', p('The States that signed the Charter in Washington'), undefined, 'non-us'],
  ['the U.S.S.R. is not the U.S.', p('U.S.S.R.', 'Republic of Freedonia'), undefined, 'non-us'],
  ['no parties, the title names the United States', [], 'Memorandum between the Government of the United States of America and Ruritania on Screening', 'us'],
  ['no parties, the title names DHS', [], 'Arrangement between DHS and the Border Agency of Ruritania', 'us'],
  ['no parties, the title names two other states', [], 'Agreement between the Kingdom of Ruritania and the Republic of Freedonia on Customs Assistance', 'non-us'],
  ['no parties, the title names no party', [], 'Arrangement on the Exchange of Screening Information', 'unknown'],
  ['no parties, "between the Parties" names none', [], 'Arrangement between the Parties on Screening', 'unknown'],
  ['no parties and no title', [], undefined, 'unknown'],
];
for (const [name, parties, title, expected] of scopes) {
  test(`party scope: ${name}`, () => assert.equal(partyScope(parties, title), expected));
}

// Unknown parties keep the U.S. reading; no real agreement may fall back on it: each names its
// parties (the treaties in their front matter, the whole agreements in their titles).
const noRealText = missingRealText();
test('real agreements: each one says who its parties are', { skip: noRealText }, () => {
  const unknownScope = realAgreements().filter((a) => draftPartyScope(buildModel(a.text)) === 'unknown').map((a) => a.name);
  assert.deepEqual(unknownScope, []);
});

// --- The drafts ----------------------------------------------------------------------------

const frontMatter = (parties: [string, string][]) =>
  `---\ntitle: Arrangement on Cooperation in Customs Matters\ntype: arrangement\nparties:\n${parties.map(([n, s]) => `  - name: ${n}\n    short: ${s}\n`).join('')}---\n`;
const nonUs = frontMatter([
  ['Government of the Kingdom of Ruritania', 'Ruritania'],
  ['Government of the Republic of Freedonia', 'Freedonia'],
]);
const us = frontMatter([
  ['Government of the United States of America', 'the United States'],
  ['Government of the Republic of Freedonia', 'Freedonia'],
]);
const unknown = '';

// Line 1 of the body is the first article heading; the front matter has 9 lines.
const exchangeOnly = `
## Article 1 — Exchange

1. The customs administrations shall exchange the names, dates of birth and passport numbers of travellers suspected of smuggling.

## Article 2 — Entry into Force

This Arrangement enters into force on signature.
`;

/** A data-protection article under the parties' own law, every element but the U.S.-person one. */
const nonUsHandling = [
  'Personal data shall be processed in accordance with the national legislation of each Party on the protection of personal data.',
  'Personal data shall be used only for the purposes of this Arrangement.',
  'Each Party shall correct inaccurate personal data without delay.',
  'Personal data shall be deleted when it is no longer necessary.',
  'Each Party shall protect personal data against unauthorised access and shall give notice of any breach.',
  'Individuals may seek redress and access to their own data.',
  'Personal data shall not be transferred to a third State without the consent of the Party that provided it.',
];
const withHandling = (clauses: string[]) => `${exchangeOnly.replace('## Article 2 — Entry into Force', `## Article 2 — Protection of Personal Data\n\n${clauses.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n\n## Article 3 — Entry into Force`)}`;

function findingsOf(code: string, ruleId: string): Finding[] {
  return analyze(code, { rules: only(ruleId) }).findings;
}

/** The text the finding's first fix writes. */
function fixText(f: Finding): string {
  return `${f.fixes[0]?.title ?? ''}\n${(f.fixes[0]?.edits ?? []).map((e) => e.newText).join('\n')}`;
}

// --- missing-privacy-act-handling ------------------------------------------------------------

ruleTester('missing-privacy-act-handling', {
  valid: [
    // A reference to the parties' own data-protection law is handling.
    { name: 'national legislation on the protection of personal data', code: `${nonUs}${exchangeOnly.replace('smuggling.', 'smuggling, in accordance with their national legislation on the protection of personal data.')}` },
    { name: 'a European data-protection instrument', code: `${nonUs}${exchangeOnly.replace('smuggling.', 'smuggling; Directive 95/46/EC applies to such data.')}` },
  ],
  invalid: [
    {
      name: 'no U.S. party: the message asks for the parties’ data-protection law, the fix inserts the non-U.S. article',
      code: nonUs + exchangeOnly,
      errors: [{ line: 13, message: /^Article 1 names personal data .*no reference to the parties' applicable data-protection law and no data-protection clause\./ }],
    },
    {
      name: 'a U.S. party: unchanged',
      code: us + exchangeOnly,
      errors: [{ line: 13, message: /no reference to the Privacy Act of 1974 or applicable privacy law.*U\.S\. citizens and lawful permanent residents/ }],
    },
    {
      name: 'parties unknown: the U.S. reading, as before',
      code: unknown + exchangeOnly,
      errors: [{ line: 4, message: /Privacy Act of 1974.*U\.S\. persons/ }],
    },
  ],
});

test('missing-privacy-act-handling, no U.S. party: no U.S. wording in message or fix, and the inserted article clears both privacy checks', () => {
  const code = nonUs + exchangeOnly;
  const [f] = findingsOf(code, 'missing-privacy-act-handling');
  assert.ok(f);
  assert.doesNotMatch(f.message, usWords);
  const text = fixText(f);
  assert.match(text, /## Article 2 — Protection of Personal Data/);
  assert.match(text, /in accordance with its applicable data-protection law/);
  assert.doesNotMatch(text, usWords);
  const fixed = applyFirstFixes(code, [f], { kinds: ['fix', 'suggestion'] }).text;
  assert.deepEqual(findingsOf(fixed, 'missing-privacy-act-handling'), []);
  assert.deepEqual(findingsOf(fixed, 'incomplete-privacy-act-handling').map((x) => x.message), []);
});

test('missing-privacy-act-handling, U.S. party: the fix inserts the Privacy Act article as before', () => {
  const [f] = findingsOf(us + exchangeOnly, 'missing-privacy-act-handling');
  assert.ok(f);
  assert.match(fixText(f), /Privacy Act of 1974, 5 U\.S\.C\. 552a/);
  assert.match(fixText(f), /United States citizens or lawful permanent residents/);
});

// --- incomplete-privacy-act-handling ---------------------------------------------------------

ruleTester('incomplete-privacy-act-handling', {
  valid: [
    // Every element the parties' law asks for: no U.S.-person element is wanted.
    { name: 'no U.S. party, every element under the parties’ law', code: nonUs + withHandling(nonUsHandling) },
    { name: 'no U.S. party, the law named as Convention 108', code: nonUs + withHandling(['Personal data shall be protected as Convention 108 requires.', ...nonUsHandling.slice(1)]) },
    { name: 'no U.S. party, the parties exchange their legislation concerning personal data protection', code: nonUs + withHandling(['The Parties shall inform each other of their legislation concerning personal data protection.', ...nonUsHandling.slice(1)]) },
    { name: 'no U.S. party, the GDPR named', code: nonUs + withHandling(['Personal data shall be processed in accordance with the GDPR.', ...nonUsHandling.slice(1)]) },
  ],
  invalid: [
    {
      name: 'no U.S. party, the law not named',
      code: nonUs + withHandling(nonUsHandling.slice(1)),
      errors: [{ line: 15, message: /^Article 2 deals with personal data but does not address the parties' applicable data-protection law\. .*governed by the parties' applicable data-protection law from receipt to deletion\.$/ }],
    },
    {
      name: 'no U.S. party, only purpose limitation: the list has no U.S.-person element',
      code: nonUs + withHandling([nonUsHandling[1]!]),
      errors: [{ line: 15, message: /does not address the parties' applicable data-protection law; accuracy and correction; retention limits and deletion; security of the data; notice of a breach of security; access, correction and redress for individuals; or onward transfer\./ }],
    },
    {
      name: 'a U.S. party, the same article: the Privacy Act and U.S.-person elements, as before',
      code: us + withHandling(nonUsHandling),
      errors: [{ line: 15, message: /does not address the impact on U\.S\. citizens and lawful permanent residents\./ }],
    },
    {
      name: 'a U.S. party, the law not named: as before',
      code: us + withHandling(nonUsHandling.slice(1)),
      errors: [{ line: 15, message: /does not address the Privacy Act of 1974 or applicable privacy law; or the impact on U\.S\. citizens/ }],
    },
  ],
});

test('incomplete-privacy-act-handling, no U.S. party: no U.S. wording in message or fix; the fix adds the parties’ law and redress under it', () => {
  const code = nonUs + withHandling([nonUsHandling[1]!]);
  const [f] = findingsOf(code, 'incomplete-privacy-act-handling');
  assert.ok(f);
  assert.doesNotMatch(f.message, usWords);
  const text = fixText(f);
  assert.doesNotMatch(text, usWords);
  assert.match(text, /in accordance with its applicable data-protection law/);
  assert.match(text, /the means that its data-protection law provides to request access/);
  const fixed = applyFirstFixes(code, [f], { kinds: ['fix', 'suggestion'] }).text;
  assert.deepEqual(findingsOf(fixed, 'incomplete-privacy-act-handling').map((x) => x.message), []);
});

test('incomplete-privacy-act-handling, U.S. party: the fix adds the Privacy Act and U.S.-person elements as before', () => {
  const [f] = findingsOf(us + withHandling([nonUsHandling[1]!]), 'incomplete-privacy-act-handling');
  assert.ok(f);
  assert.match(fixText(f), /Privacy Act of 1974, 5 U\.S\.C\. 552a/);
  assert.match(fixText(f), /Judicial Redress Act of 2015/);
  assert.match(f.fixes[0]!.title, /impact on U\.S\. persons/);
});

// --- classified checks: no U.S. levels where the United States is no party -------------------

const classifiedOnly = `
## Article 1 — Exchange

1. The Parties may exchange classified information up to the level SECRET.

## Article 2 — Entry into Force

This Arrangement enters into force on signature.
`;
const classifiedPartial = classifiedOnly.replace('SECRET.', 'SECRET.\n2. Classified information shall be accessible only to persons with a security clearance and a need to know.');

for (const [ruleId, body] of [
  ['classified-without-formal-terms', classifiedOnly],
  ['incomplete-classified-terms', classifiedPartial],
] as const) {
  test(`${ruleId}, no U.S. party: the fix names no U.S. classification levels, and clears the finding`, () => {
    const code = nonUs + body;
    const [f] = findingsOf(code, ruleId);
    assert.ok(f);
    assert.doesNotMatch(fixText(f), usWords);
    assert.match(fixText(f), /equivalence between their national security classification levels; /);
    assert.deepEqual(findingsOf(applyFirstFixes(code, [f], { kinds: ['fix', 'suggestion'] }).text, ruleId), []);
  });
  test(`${ruleId}, U.S. party: the fix names the U.S. levels as before`, () => {
    const [f] = findingsOf(us + body, ruleId);
    assert.ok(f);
    assert.match(fixText(f), /including the United States levels TOP SECRET, SECRET and CONFIDENTIAL/);
  });
}
