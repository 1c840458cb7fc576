/** Standard wording keeps the draft's own defined terms, so a fix does not orphan a definition. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits } from '../../../server/src/core/index.js';

const draft = `# Arrangement

## Article 1 — Definitions

1. "Screening Information" means assessments of threats to civil aviation that a Party prepares.

## Article 2 — Use

1. Screening Information shall be used solely for the purpose of the specific request and shall not be disseminated to any third party.

## Article 3 — Confidentiality

Each Party shall protect information received from public disclosure.
`;

test('replacing a clause keeps the defined term it spoke of, and adds no finding', () => {
  const before = analyze(draft).findings;
  const finding = before.find((f) => f.ruleId === 'over-restricted-dissemination')!;
  assert.ok(finding, 'the restriction is found');
  const fixed = applyEdits(draft, finding.fixes[0]!.edits);
  assert.match(fixed, /may use Screening Information received under this Agreement/);
  assert.doesNotMatch(fixed, /classified Screening Information/);
  const keys = new Set(before.map((f) => `${f.ruleId}|${f.message}`));
  const added = analyze(fixed).findings.filter((f) => !keys.has(`${f.ruleId}|${f.message}`));
  assert.deepEqual(added.map((f) => f.ruleId), []);
});

test('template wording takes the capitals of a term the draft defines', () => {
  const text = `# Arrangement

## Article 1 — Definitions

1. "Personal Data" means any information relating to an identified or identifiable individual.

## Article 2 — Exchange

1. The Parties shall exchange Personal Data of persons suspected of terrorist offences, including names and dates of birth.
`;
  const f = analyze(text).findings.find((x) => x.ruleId === 'missing-privacy-act-handling')!;
  assert.ok(f, 'missing privacy handling is found');
  const fixed = applyEdits(text, f.fixes[0]!.edits);
  assert.doesNotMatch(fixed, /\bpersonal data\b/);
  assert.match(fixed, /Personal Data/);
});
