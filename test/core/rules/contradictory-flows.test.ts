import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, reviewDraft } from '../../../server/src/core/index.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const permit = '1. The Receiving Party may disseminate information received under this Arrangement within its government to any agency with counterterrorism responsibilities.';
const ban = '2. Information received under this Arrangement shall not be disseminated to any other agency under any circumstances.';
const article = (...paragraphs: string[]) => `## Article 3 — Use\n\n${paragraphs.join('\n\n')}\n`;
const classified = (...paragraphs: string[]) => `## Article 5 — Classified Information\n\n${paragraphs.join('\n\n')}\n`;
const consentRelease = '1. The Receiving Party may release Classified Information to a third State with the prior written consent of the Providing Party.';
const absoluteBan = '2. Classified Information shall not be released to any third State under any circumstances.';

ruleTester('contradictory-flows', {
  valid: [
    { name: 'a permission alone', code: article(permit) },
    // The ban is over-restrictive: over-restricted-dissemination reports it, and its fix settles both.
    { name: 'a permission and an over-restrictive ban of the same flow', code: article(permit, ban) },
    { name: 'a ban stated as the rule beside a release on consent', code: classified(consentRelease, '2. Classified Information shall not be released to any third State.') },
    { name: 'a ban alone', code: article(ban) },
    { name: 'the ban yields to the permission', code: article(permit, '2. Subject to paragraph 1, information received under this Arrangement shall not be disseminated to any other agency.') },
    { name: 'the ban has its own exception', code: article(permit, '2. Information received under this Arrangement shall not be disseminated to any other agency, except to agencies with law-enforcement responsibilities.') },
    { name: 'different recipients: inside the government, and the public', code: article(permit, '2. Information received under this Arrangement shall not be disclosed to the public.') },
    { name: 'a loose recipient ("any third party") is not compared', code: article(permit, '2. Information received under this Arrangement shall not be disseminated to any third party.') },
    {
      name: 'consent for third states and a ban on other agencies',
      code: article('1. The Receiving Party may transfer information received under this Arrangement to a third State with the prior written consent of the Providing Party.', ban),
    },
    { name: 'personal data permitted, the shared information banned', code: article('1. The Receiving Party may disclose personal data received under this Arrangement to other authorities responsible for border security.', ban) },
    { name: 'a permission to the supplier against a bar on the receiver', code: article('1. The Providing Party may disclose its own information to other agencies.', '2. The Receiving Party shall not disclose information received to any other agency under any circumstances.') },
    { name: 'a permission to refuse is no permission', code: article('1. The Requested Party may refuse to provide information to other authorities.', ban) },
    { name: 'in a recital', code: `## Preamble\n\nRecognising that the Parties may disseminate information within their governments to other agencies;\n\n${article(ban)}` },
    { name: 'a permission in a Protocol and a ban in the agreement', code: `# Agreement\n\n${article(ban)}\n## Protocol\n\n### Article 1\n\n${permit}\n` },
  ],
  invalid: [
    {
      name: 'classified material: release on consent, and a ban that admits no exception',
      code: classified(consentRelease, absoluteBan),
      errors: [{ line: 5, column: 4, message: /Article 5\(2\) bars passing the information to third states or international bodies .* but Article 5\(1\) permits it with the supplying Party's consent/ }],
    },
    {
      name: 'the ban in another article',
      code: `${classified(consentRelease)}\n## Article 6 — Third States\n\nClassified Information shall not be released to any third State under any circumstances.\n`,
      errors: [{ line: 7, column: 1, message: /Article 6 bars .* Article 5\(1\) permits it/ }],
    },
    {
      name: 'a free permission against a ban of the same classified flow',
      code: classified('1. The Receiving Party may release Classified Information to a third State.', '2. Classified Information shall not be released to any third State.'),
      errors: [{ line: 5, message: /Article 5\(1\) permits it \(/ }],
    },
  ],
});

test('the review lists the contradiction with an over-restrictive ban, which the rule leaves to over-restricted-dissemination', () => {
  const { review } = reviewDraft(article(permit, ban));
  assert.equal(review.conflicts.length, 1);
  assert.equal(review.conflicts[0]!.forbids.place.citation, 'Article 3(2)');
  assert.equal(review.conflicts[0]!.permits.place.citation, 'Article 3(1)');
  assert.match(review.conflicts[0]!.why, /Article 3\(2\) bars passing the shared information to other authorities of the receiving government, which Article 3\(1\) permits/);
});

test('the permitting clause is a related location of the finding', () => {
  const { findings } = analyze(classified(consentRelease, absoluteBan));
  const f = findings.find((x) => x.ruleId === 'contradictory-flows')!;
  assert.equal(f.related?.[0]?.range.start.line, 2);
  assert.match(f.related![0]!.message, /Article 5\(1\) permits this flow/);
});
