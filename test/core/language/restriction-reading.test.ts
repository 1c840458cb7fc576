/**
 * Readings of restrictions and of classified terms in wordings not tuned on (issue 17): recipients
 * named by their function, the authority that consents (no recipient), consent for uses beyond the
 * agreement's own purposes, and the formal terms of classified material said in other words. Our
 * own drafting throughout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifiedElementsIn, mentionsClassified } from '../../../server/src/core/language/classified.js';
import { readDissemination } from '../../../server/src/core/language/dissemination.js';

const read = (t: string) => readDissemination(t).map(({ acts, recipients, condition, purpose, subject, verdict, byFunction }) => ({ acts, recipients, condition, purpose, subject, verdict, byFunction }));

test('recipients confined to one function keep every other authority out', () => {
  const r = read('Particulars received may be disclosed only to the officers or bodies responsible for collecting excise duties.');
  assert.equal(r.length, 1);
  assert.deepEqual(r[0], { acts: ['disclosure'], recipients: ['other-agencies'], condition: 'one-agency', purpose: undefined, subject: 'shared-information', verdict: 'over-restrictive', byFunction: true });
  // Broad functions (law enforcement, counter-terrorism) keep the channels open: no reading.
  assert.deepEqual(read('Particulars received may be disclosed only to authorities responsible for law enforcement and counter-terrorism.'), []);
  // Personal data given only to those who need them for the agreement's own purposes: need to know (check B).
  const p = read('Personal data received may be disclosed only to the officials responsible for the application of this Arrangement.');
  assert.equal(p[0]!.verdict, 'calibrated');
  assert.equal(p[0]!.subject, 'personal-data');
  // Designated contact points receive the transmission: no limit on what follows.
  assert.deepEqual(read('Requests and replies shall be communicated only to officials designated for this purpose.'), []);
});

test('the authority that consents, or that received the information, is no recipient kept out', () => {
  const r = read('The records obtained shall be employed only for the purposes of this Arrangement; they may be employed for other purposes only with the approval of the revenue office which sent them.');
  const gate = r.find((x) => x.condition === 'consent')!;
  assert.deepEqual(gate.recipients, []);
  assert.deepEqual(gate.acts, ['use']);
  assert.equal(gate.purpose, 'the-agreement');
  assert.equal(gate.verdict, 'over-restrictive');
});

test('classified material under other names', () => {
  assert.equal(mentionsClassified('Plans may include Restricted Data.'), true);
  assert.equal(mentionsClassified('Papers may carry the NATO CONFIDENTIAL marking.'), true);
  assert.equal(mentionsClassified('Documents designated as secret by the sending Government may be exchanged.'), true);
  assert.equal(mentionsClassified('Data classified under national security law may be shared.'), true);
  // Not classified: a trade secret, goods sorted under a heading, a restricted area.
  assert.equal(mentionsClassified('No Party must disclose a trade secret.'), false);
  assert.equal(mentionsClassified('Goods classified under the tariff heading are exempt.'), false);
  assert.equal(mentionsClassified('Access to restricted areas requires a pass.'), false);
});

test('formal terms of classified material, in words not tuned on', () => {
  const el = (t: string) => [...classifiedElementsIn(t, true)];
  assert.deepEqual(el('Such material shall be made available only through channels the Parties have agreed.'), ['transmission']);
  assert.deepEqual(el('Agreed classification policies shall apply to it.'), ['equivalence']);
  assert.deepEqual(el('Each Party may stipulate how far material it supplies may be disseminated.'), ['third-party']);
  assert.deepEqual(el('It shall not be communicated, exchanged or passed beyond the jurisdiction of the recipient.'), ['third-party']);
  assert.deepEqual(el('It shall not be revealed to others except with the prior consent of the originator.'), ['third-party']);
  assert.deepEqual(el('It shall receive protection equivalent to that of the originating State.'), ['protection']);
  assert.deepEqual(el('It shall be made available only to officers who require it for their duties.'), ['need-to-know']);
  assert.deepEqual([...classifiedElementsIn('Holders must have been vetted to the required level.', false)], ['need-to-know']);
  // A need-to-know rule for personal data is no classified term, even under a classified heading.
  assert.deepEqual(el('Personal data shall be accessible only to officials who need them for their duties.'), []);
  // Outside a classified context these generic terms count for nothing.
  assert.deepEqual([...classifiedElementsIn('Each Party may stipulate how far material it supplies may be disseminated.', false)], []);
});

test('a lead-in that keeps use to a list is read with its items', () => {
  const lead = 'The particulars may be used solely for the purpose of:';
  const narrow = readDissemination(lead, { items: '(a) checking entitlement to an allowance;\n(b) recovering allowances paid in error.\n' });
  assert.equal(narrow[0]!.verdict, 'over-restrictive');
  assert.equal(narrow[0]!.purpose, 'listed');
  // A list that includes law enforcement, or the agreement's own purposes, sets no sole-purpose limit.
  assert.deepEqual(readDissemination(lead, { items: '(a) assessing duties;\n(b) the prosecution of criminal offences.\n' }), []);
  assert.deepEqual(readDissemination(lead, { items: '(a) the purposes of this Arrangement.\n' }), []);
  // Alone, with no items, the lead-in says nothing yet.
  assert.deepEqual(readDissemination(lead), []);
  // For personal data the list may be privacy purpose limitation: silent.
  assert.deepEqual(readDissemination('Personal data received may be used solely for the purpose of:', { items: '(a) paying benefits;\n(b) checking residence.\n' }), []);
});

test('consent set off before the verb, for uses beyond the named purposes', () => {
  const r = readDissemination('Records may, subject to the prior consent of the sending office, be employed for purposes other than those in Article 2.');
  assert.equal(r[0]!.condition, 'consent');
  assert.equal(r[0]!.verdict, 'over-restrictive');
  // The consent of the person concerned is no supplier's gate.
  assert.deepEqual(readDissemination('Personal data may, with the approval of the person concerned, be used for other purposes.'), []);
});
