/**
 * The language helpers the mission rules read clauses with: sentences with offsets, negation,
 * modality, exceptions, and the vocabularies of restriction, personal data and classified terms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifiedElementsIn, mentionsClassified } from '../../../server/src/core/language/classified.js';
import { findRestrictions, isRecordedException, readDissemination } from '../../../server/src/core/language/dissemination.js';
import { hasConsentException, hasLawCarveOut, isCaseByCaseCondition, isNegated, isRecital, modalOf } from '../../../server/src/core/language/modality.js';
import { personalDataIn, privacyHandlingIn } from '../../../server/src/core/language/privacy.js';
import { collapse, collapsedLower, collapsedText, sentences, wordAt } from '../../../server/src/core/language/sentences.js';
import { TextMemo, VariantMemo } from '../../../server/src/core/language/memo.js';

test('sentences keep their offsets in the clause text', () => {
  const text = 'Each Party shall designate a contact point. Information shall not be disclosed.';
  const s = sentences(text);
  assert.equal(s.length, 2);
  assert.equal(text.slice(s[1]!.start, s[1]!.end), 'Information shall not be disclosed.');
  assert.equal(s[1]!.words[0]!.lower, 'information');
  assert.equal(text.slice(s[1]!.words[0]!.start, s[1]!.words[0]!.end), 'Information');
});

test('legal abbreviations do not end a sentence, inline labels after a full stop do', () => {
  assert.equal(sentences('Records are disclosed under 5 U.S.C. 552a and Art. 5 of the Agreement. Nothing else applies.').length, 2);
  assert.equal(sentences('See para. 2 below, e.g. for requests.').length, 1);
  const items = sentences('The information may be used only as stated in its request.\na.With respect to proceedings, approval is needed.');
  assert.equal(items.length, 2);
});

test('sentences of an empty text and the cache', () => {
  assert.deepEqual(sentences('   '), []);
  assert.equal(sentences('Same text.'), sentences('Same text.'));
});

test('negation reaches back over the auxiliaries, not past a new clause', () => {
  const s = sentences('Information shall not be disclosed to any other agency.')[0]!;
  assert.equal(isNegated(s, wordAt(s, s.text.indexOf('disclosed'))), true);
  const t = sentences('The Party may not refuse, unless the information is disclosed.')[0]!;
  assert.equal(isNegated(t, wordAt(t, t.text.indexOf('disclosed'))), false);
  const u = sentences('Neither Party shall release information to any other entity.')[0]!;
  assert.equal(isNegated(u, wordAt(u, u.text.indexOf('release'))), true);
  const v = sentences('Under no circumstances shall it be shared.')[0]!;
  assert.equal(isNegated(v, wordAt(v, v.text.indexOf('shared'))), true);
  const w = sentences('Information may be shared with border agencies.')[0]!;
  assert.equal(isNegated(w, wordAt(w, w.text.indexOf('shared'))), false);
  assert.equal(modalOf(w, wordAt(w, w.text.indexOf('shared'))), 'may');
});

test('exceptions, carve-outs, case-by-case conditions and recitals', () => {
  assert.equal(hasConsentException('shall not be disclosed without the prior written consent of the providing party'), true);
  assert.equal(hasConsentException('may be transferred only where the consent of the sender has been obtained'), true);
  assert.equal(hasConsentException('shall not be disclosed to any other agency'), false);
  assert.equal(hasLawCarveOut('shall keep it secret to the extent permitted by law'), true);
  assert.equal(hasLawCarveOut('consistent with applicable law, it shall not be shared'), true);
  assert.equal(hasLawCarveOut('shall not be shared in any case'), false);
  assert.equal(isCaseByCaseCondition('the providing party may impose conditions on the use of the information'), true);
  assert.equal(isCaseByCaseCondition('a party may, by a declaration, require that information not be used without consent'), false);
  assert.equal(isRecital('considering that the exchange of personal data is needed;'), true);
  assert.equal(isRecital('each party shall protect personal data.'), false);
});

test('restrictions: what fires and what is calibrated', () => {
  const kinds = (t: string) => findRestrictions(t).map((r) => r.kind);
  assert.deepEqual(kinds('Information shall be used solely for the purpose of the specific request.'), ['sole-purpose']);
  assert.deepEqual(kinds('Information shall not be passed to any other authority.'), ['absolute-bar']);
  assert.deepEqual(kinds('Information shall be destroyed within 30 days of receipt.'), ['destruction']);
  assert.deepEqual(kinds('Information shall not be transferred to a third State without the consent of the Providing Party.'), []);
  assert.deepEqual(kinds('Classified information shall not be released to any other agency.'), []);
  assert.deepEqual(kinds('To the extent permitted by law, information shall not be released to any other agency.'), []);
  assert.deepEqual(kinds('Information may be used only for counterterrorism and law enforcement purposes.'), []);
  assert.deepEqual(kinds('The sending Party may impose conditions on the use of the information in a given case.'), []);
  assert.deepEqual(findRestrictions('(b) not used for purposes other than those stated in the request.', { leadIn: 'The Party may make the supply subject to the condition that it is:' }), []);
  assert.deepEqual(findRestrictions('(b) it shall not be passed to any other authority.', { leadIn: 'These rules apply to classified information:' }), []);
  assert.equal(isRecordedException('the parties record this restriction as a high-value exception because the source would otherwise be lost.'), true);
});

test('dissemination readings: act, recipients, condition, subject, exceptions and verdict', () => {
  const read = (t: string) => readDissemination(t).map(({ acts, recipients, condition, purpose, subject, exceptions, verdict }) => ({ acts, recipients, condition, purpose, subject, exceptions, verdict }));
  assert.deepEqual(read('Records may be passed on to other authorities only with the prior approval of the supplying Party.'), [
    { acts: ['transfer'], recipients: ['other-agencies'], condition: 'consent', purpose: undefined, subject: 'shared-information', exceptions: [], verdict: 'over-restrictive' },
  ]);
  assert.deepEqual(read('Records shall not be handed over to another nation without the consent of the supplying Party.'), [
    { acts: ['disclosure'], recipients: ['third-states'], condition: 'consent', purpose: undefined, subject: 'shared-information', exceptions: [], verdict: 'calibrated' },
  ]);
  assert.deepEqual(read('Personal data shall be processed only for the purposes of this Arrangement.'), [
    { acts: ['use'], recipients: [], condition: 'purpose', purpose: 'the-agreement', subject: 'personal-data', exceptions: [], verdict: 'calibrated' },
  ]);
  assert.deepEqual(read('To the extent permitted by law, records shall not be released to any other agency.').map((r) => [r.exceptions, r.verdict]), [[['law'], 'calibrated']]);
  assert.deepEqual(read('Classified records shall not be released to any other agency.').map((r) => [r.subject, r.verdict]), [['classified', 'calibrated']]);
  assert.deepEqual(read('Where the supplying authority so requests, records shall not be passed to other authorities.').map((r) => [r.condition, r.verdict]), [['option', 'calibrated']]);
  assert.deepEqual(read('Records may be shared with other agencies only where necessary for the prosecution of offences.').map((r) => [r.condition, r.verdict]), [['necessity', 'calibrated']]);
  assert.deepEqual(read('The receiving office shall keep the records out of reach of every other authority.').map((r) => [r.acts, r.condition, r.verdict]), [[['access'], 'never', 'over-restrictive']]);
  // The deciding words are quoted from the clause, whole words only.
  assert.equal(readDissemination('Records shall not be shared with customs or police services without its prior consent.')[0]!.quote, 'without its prior consent');
  // Whose act: the sentence's own subject when it names one.
  assert.equal(readDissemination('The hub shall not release such records unless the contributing Party consents.')[0]!.actor, 'The hub');
  // A deadline must belong to destroying or returning information.
  assert.deepEqual(readDissemination('The travel document for the return journey shall be issued within three working days.'), []);
  assert.deepEqual(readDissemination('Upon request, and as far as its law permits, the receiving Party shall return the documents supplied.'), []);
});

test('personal data and privacy handling', () => {
  assert.deepEqual(personalDataIn('The Parties shall exchange dates of\nbirth of suspects.').map((m) => m.text), ['dates of\nbirth']);
  assert.deepEqual(personalDataIn('The Parties shall exchange information on terrorist organisations.'), []);
  assert.deepEqual(personalDataIn('Personal data will only be exchanged if the Parties later decide so.'), []);
  const h = privacyHandlingIn('Personal data shall be deleted after five years, and inaccurate data corrected.', false, false);
  assert.equal(h.present, true);
  assert.deepEqual([...h.elements].sort(), ['accuracy', 'retention']);
  assert.equal(privacyHandlingIn('Recognising the importance of privacy and the Privacy Act;', true, false).present, false);
});

test('classified material and its formal terms', () => {
  assert.equal(mentionsClassified('The Parties may exchange SECRET reports.'), true);
  assert.equal(mentionsClassified('Controlled Unclassified Information shall be marked.'), false);
  assert.equal(mentionsClassified('Information shall be kept confidential.'), false);
  assert.deepEqual([...classifiedElementsIn('Classified information shall be handled under the General Security of Military\nInformation Agreement.', false)], ['instrument']);
  assert.deepEqual([...classifiedElementsIn('Information shall not go to a third State without consent.', false)], []);
  assert.deepEqual([...classifiedElementsIn('Information shall not go to a third State without consent.', true)], ['third-party']);
});

test('collapse, collapsedText and collapsedLower agree with replacing every run of white space', () => {
  const cases = ['a b c', 'a  b', 'a\nb', 'a\r\n  b', 'a\u00a0b', '\t x ', ' a ', '', 'x\u2028y', 'x\ufeffy', 'Ünder  the\nPRIVACY Act', 'İstanbul\tOffice'];
  for (const c of cases) {
    const want = c.replace(/\s+/g, ' ');
    assert.equal(collapse(c), want, JSON.stringify(c));
    assert.equal(collapsedText(c), want, JSON.stringify(c));
    assert.equal(collapsedLower(c), want.toLowerCase(), JSON.stringify(c));
  }
  // The kept answer belongs to one text: asking about another text gives that text's answer.
  assert.equal(collapsedLower('A\nB'), 'a b');
  assert.equal(collapsedLower('C  D'), 'c d');
  assert.equal(collapsedText('A\nB'), 'A B');
});

test('the clause memos: one reading per text (and per variant), computed once, and emptied when full', () => {
  let computed = 0;
  const memo = new TextMemo<number>(2);
  const count = () => ++computed;
  assert.equal(memo.get('a', count), 1);
  assert.equal(memo.get('a', count), 1);
  assert.equal(memo.get('b', count), 2);
  // Full: the third text starts it over, so 'a' is read again afterwards.
  assert.equal(memo.get('c', count), 3);
  assert.equal(memo.get('a', count), 4);

  computed = 0;
  const variants = new VariantMemo<string>(3);
  const read = (text: string, variant: string | number) => () => `${text}/${variant}#${++computed}`;
  assert.equal(variants.get('clause', 1, read('clause', 1)), 'clause/1#1');
  assert.equal(variants.get('clause', 3, read('clause', 3)), 'clause/3#2');
  // A variant is told apart by value and type: the number 1 and the string "1" are two contexts.
  assert.equal(variants.get('clause', '1', read('clause', '1')), 'clause/1#3');
  assert.equal(variants.get('clause', 1, read('clause', 1)), 'clause/1#1');
  assert.equal(variants.get('clause', 3, read('clause', 3)), 'clause/3#2');
  // Full (three readings kept): the next new one starts it over.
  assert.equal(variants.get('other', 0, read('other', 0)), 'other/0#4');
  assert.equal(variants.get('clause', 1, read('clause', 1)), 'clause/1#5');
  assert.equal(variants.get('other', 0, read('other', 0)), 'other/0#4');
});
