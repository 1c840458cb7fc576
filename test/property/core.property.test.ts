/**
 * Property tests over the analysis core, run by `npm test` with a modest number of cases and a
 * fixed seed (so CI is repeatable); `npm run fuzz` runs the same properties with many cases and a
 * fresh seed. Set AGREEMENT_LINT_PROPERTY_RUNS or AGREEMENT_LINT_PROPERTY_SEED to change them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as core from '../../server/src/core/index.js';
import { properties } from './properties.js';

const runs = Number(process.env['AGREEMENT_LINT_PROPERTY_RUNS'] ?? 30);
const seed = Number(process.env['AGREEMENT_LINT_PROPERTY_SEED'] ?? 20261125);

for (const p of properties) {
  test(p.name, { skip: p.skip ?? false, todo: p.todo ?? false }, () => {
    fc.assert(p.property(), { numRuns: Math.max(1, Math.round((runs * p.weight) / 2)), seed, endOnFailure: false });
  });
}

// Counterexamples the fuzzer found, kept as regression tests with their fixes.
test('regression: a cached section finding is not reused after the draft starts defining "Receiving Party"', () => {
  const create = (core as Record<string, unknown>)['createAnalyzer'] as ((o?: object) => { analyze(t: string): { findings: unknown[] } }) | undefined;
  if (!create) return;
  const before = '# Agreement\n\n## Annex A\n\nThe receiving agency shall destroy all records within 30 days of receipt. [PARTNER]\n';
  const after = `"Receiving Party" means the Party that receives Information. ${before}`;
  const analyzer = create({});
  analyzer.analyze(before);
  assert.deepEqual(analyzer.analyze(after).findings, core.analyze(after).findings);
});
