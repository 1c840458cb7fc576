/**
 * The review model (issue 19) on our own drafts: the privacy, classified and dissemination
 * checklists (present with the clauses that supply each element, missing with the finding whose
 * fix supplies it, not applicable and why), the provisions with their readings, the flows, the
 * suppressions with their justification, and the core's suppressed findings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, reviewDraft, type Review } from '../../../server/src/core/index.js';

const us = `parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia`;

const privacyDraft = `---
title: Arrangement on Traveller Screening
${us}
data: [biographic]
handling: TLP:GREEN
---

# Arrangement on Traveller Screening

## Article 1 — Definitions

1. "Screening Information" means names, dates of birth and passport numbers of known or suspected terrorists.

## Article 2 — Exchange and Use

1. The Parties shall exchange Screening Information.

2. The Receiving Party may use Screening Information for counterterrorism, law-enforcement and border-security purposes, and may disseminate Screening Information within its government to any agency with responsibilities for those purposes. Release to a third country or an international body, and any public release, requires the prior consent of the Providing Party.

3. Each Party shall protect Screening Information from public disclosure.

## Article 3 — Protection of Personal Data

1. Personal data received under this Arrangement shall be used only for the purposes of this Arrangement.

2. A Party that learns that personal data it has provided is inaccurate shall notify the other Party, which shall correct or delete the data.

3. Each Party shall protect personal data against unauthorised access and disclosure.
`;

function checklist(review: Review, id: string) {
  return review.checklists.find((c) => c.id === id)!;
}
function item(review: Review, id: string) {
  return review.checklists.flatMap((c) => c.items).find((i) => i.id === id)!;
}

describe('review model', () => {
  test('privacy: present elements with the clauses that supply them, missing ones linked to the fix', () => {
    const { review } = reviewDraft(privacyDraft);
    const privacy = checklist(review, 'privacy');
    assert.equal(privacy.applies, true);
    assert.match(privacy.why, /Article 1 names personal data/);
    assert.deepEqual(privacy.items.map((i) => i.id), ['privacy/privacy-law', 'privacy/us-person', 'privacy/purpose', 'privacy/accuracy', 'privacy/retention', 'privacy/security', 'privacy/breach-notice', 'privacy/redress', 'privacy/onward-transfer']);
    assert.equal(item(review, 'privacy/purpose').state, 'present');
    assert.ok(item(review, 'privacy/purpose').where.some((w) => w.citation === 'Article 3(1)'));
    assert.equal(item(review, 'privacy/accuracy').where[0]!.citation, 'Article 3(2)');
    assert.ok(item(review, 'privacy/security').where.some((w) => w.citation === 'Article 3(3)'));
    const where = item(review, 'privacy/accuracy').where[0]!;
    assert.match(privacyDraft.slice(where.span.start, where.span.end), /^(?:2\. )?A Party that learns that personal data it has provided is inaccurate/);
    const redress = item(review, 'privacy/redress');
    assert.equal(redress.state, 'missing');
    assert.match(redress.why!, /Article 3 deals with personal data but does not address access, correction and redress/);
    assert.equal(redress.fix?.ruleId, 'incomplete-privacy-act-handling');
    assert.match(redress.fix!.title, /^Add to Article 3: .*access, correction and redress for individuals/);
    // The fix link points at the finding: its span is where the editor finds the code action.
    const finding = analyze(privacyDraft).findings.find((f) => f.ruleId === 'incomplete-privacy-act-handling')!;
    assert.equal(redress.fix!.span.start, privacyDraft.split('\n').slice(0, finding.range.start.line).join('\n').length + 1 + finding.range.start.character);
  });

  test('privacy where the United States is no party: the U.S.-person element is not applicable, and why', () => {
    const draft = privacyDraft.replace(us, `parties:
  - name: Government of the Kingdom of Utopia
    short: Utopia
  - name: Government of the Republic of Freedonia
    short: Freedonia`);
    const { review } = reviewDraft(draft);
    const usPerson = item(review, 'privacy/us-person');
    assert.equal(usPerson.state, 'not-applicable');
    assert.match(usPerson.why!, /The United States is not a party/);
    assert.equal(item(review, 'privacy/privacy-law').label, "The parties' applicable data-protection law");
    assert.equal(checklist(review, 'privacy').title, 'Handling of personal data under applicable data-protection law');
  });

  test('no personal data: the whole privacy checklist is not applicable', () => {
    const { review } = reviewDraft('# Arrangement on Weather Data\n\n## Article 1\n\n1. The Parties shall exchange rainfall statistics.\n');
    const privacy = checklist(review, 'privacy');
    assert.equal(privacy.applies, false);
    assert.match(privacy.why, /names no personal data/);
    assert.ok(privacy.items.every((i) => i.state === 'not-applicable' && i.why && i.where.length === 0));
  });

  test('no privacy handling at all: every element missing, linked to missing-privacy-act-handling', () => {
    const { review } = reviewDraft(`---\n${us}\n---\n# Arrangement\n\n## Article 1\n\n1. The Parties shall exchange fingerprints of known or suspected terrorists.\n`);
    const missing = checklist(review, 'privacy').items.filter((i) => i.state === 'missing');
    assert.ok(missing.length >= 7);
    assert.ok(missing.every((i) => i.fix?.ruleId === 'missing-privacy-act-handling'));
  });

  test('classified: terms present and missing, and a governing instrument that brings the rest in', () => {
    const partial = `# Arrangement\n\n## Article 4 — Classified Information\n\n1. The Parties may exchange classified information at the SECRET level.\n\n2. Access to classified information shall be limited to persons who hold a security clearance and have a need to know.\n\n3. The Receiving Party shall not release classified information to a third party without the prior written consent of the originating Party.\n`;
    const { review } = reviewDraft(partial);
    assert.equal(checklist(review, 'classified').applies, true);
    assert.equal(item(review, 'classified/need-to-know').state, 'present');
    assert.equal(item(review, 'classified/need-to-know').where[0]!.citation, 'Article 4(2)');
    assert.equal(item(review, 'classified/compromise').state, 'missing');
    assert.equal(item(review, 'classified/compromise').fix?.ruleId, 'incomplete-classified-terms');
    const governed = `# Arrangement\n\n## Article 4 — Classified Information\n\n1. Classified information exchanged under this Arrangement shall be protected in accordance with the General Security of Military Information Agreement in force between the Parties.\n`;
    const g = reviewDraft(governed).review;
    assert.equal(item(g, 'classified/instrument').state, 'present');
    assert.equal(item(g, 'classified/compromise').state, 'present');
    assert.match(item(g, 'classified/compromise').why!, /governing security instrument/);
    assert.equal(item(g, 'classified/compromise').where[0]!.citation, 'Article 4(1)');
    const none = reviewDraft('# Arrangement\n\n## Article 1\n\n1. The Parties shall exchange rainfall statistics.\n').review;
    assert.equal(checklist(none, 'classified').applies, false);
    assert.ok(checklist(none, 'classified').items.every((i) => i.state === 'not-applicable'));
  });

  test('dissemination: the balanced terms present, each with its clause; the provisions with their readings', () => {
    const { review } = reviewDraft(privacyDraft);
    assert.equal(item(review, 'dissemination/calibrated').state, 'present');
    assert.equal(item(review, 'dissemination/broad-use').where[0]!.citation, 'Article 2(2)');
    assert.equal(item(review, 'dissemination/within-government').where[0]!.citation, 'Article 2(2)');
    assert.equal(item(review, 'dissemination/outside-consent').state, 'present');
    assert.equal(item(review, 'dissemination/safeguarding').where[0]!.citation, 'Article 2(3)');
    assert.equal(item(review, 'dissemination/handling').state, 'present');
    const over = reviewDraft('# Arrangement\n\n## Article 3 — Use\n\n1. Information received under this Arrangement shall be used solely for the purpose of the specific request.\n').review;
    const calibrated = item(over, 'dissemination/calibrated');
    assert.equal(calibrated.state, 'missing');
    assert.equal(calibrated.fix?.ruleId, 'over-restricted-dissemination');
    assert.equal(over.provisions.length, 1);
    assert.equal(over.provisions[0]!.verdict, 'over-restrictive');
    assert.equal(over.provisions[0]!.reading, 'Article 3(1) limits use of the information to the purpose of the request or case ("solely for the purpose of the specific request").');
    assert.equal(over.provisions[0]!.place.quote, 'solely for the purpose of the specific request');
  });

  test('flows: who may pass what to whom, on what condition, citing the clause', () => {
    const { review } = reviewDraft(privacyDraft);
    const within = review.flows.find((f) => f.to.includes('other authorities of the receiving government'))!;
    assert.equal(within.from, 'The Receiving Party');
    assert.equal(within.what, 'Screening Information');
    assert.equal(within.condition, 'none');
    assert.equal(within.permitted, true);
    assert.deepEqual(within.purposes, ['counterterrorism', 'law enforcement', 'border security']);
    assert.equal(within.place.citation, 'Article 2(2)');
    const outside = review.flows.find((f) => f.condition === 'consent')!;
    assert.deepEqual(outside.to, ['third states or international bodies', 'the public']);
    assert.equal(review.conflicts.length, 0);
    const ban = reviewDraft('# A\n\n## Article 1\n\n1. Information received shall not be transferred to any third State under any circumstances.\n').review;
    assert.deepEqual(ban.flows.map((f) => [f.permitted, f.condition, f.to]), [[false, 'never', ['third states or international bodies']]]);
  });

  test('suppressions in force with their justification; the core keeps suppressed findings only when asked', () => {
    const draft = `# Arrangement\n\n<!-- agreement-lint-disable-next-line leftover-placeholder -- the date is written in at signature -->\nDone on [DATE].\n\n<!-- agreement-lint-disable-next-line unused-term -->\nNotices go to [PARTNER].\n`;
    const { review, suppressed } = reviewDraft(draft);
    assert.equal(review.suppressions.length, 1, 'a suppression without a justification is not in force');
    assert.deepEqual(review.suppressions[0]!.ruleIds, ['leftover-placeholder']);
    assert.equal(review.suppressions[0]!.justification, 'the date is written in at signature');
    assert.equal(review.suppressions[0]!.place.range.start.line, 2);
    assert.deepEqual(suppressed.map((f) => [f.ruleId, f.justification]), [['leftover-placeholder', 'the date is written in at signature']]);
    const plain = analyze(draft);
    const kept = analyze(draft, { keepSuppressed: true });
    assert.deepEqual(kept.findings.map((f) => f.message), plain.findings.map((f) => f.message), 'the findings are the same either way');
    assert.equal(plain.suppressed, undefined);
    assert.equal(kept.suppressed?.[0]?.suppression.justification, 'the date is written in at signature');
    assert.equal(kept.suppressed?.[0]?.range.start.line, 3);
  });

  test('the summary, and the same review for the same draft', () => {
    const a = reviewDraft(privacyDraft).review;
    assert.deepEqual(a.summary, {
      title: 'Arrangement on Traveller Screening',
      parties: ['Government of the United States of America (the United States)', 'Government of the Republic of Freedonia (Freedonia)'],
      data: ['biographic'],
      handling: 'TLP:GREEN',
      findings: a.summary.findings,
    });
    assert.equal(JSON.stringify(reviewDraft(privacyDraft).review), JSON.stringify(a));
  });

  test('bad input never throws', () => {
    for (const text of ['', '---\n', '---\nparties: 7\n---\n', '\u0000\uFFFF<!-- agreement-lint-disable-file -->', '# A\n\n1. may disseminate it to'])
      assert.doesNotThrow(() => reviewDraft(text));
  });
});
