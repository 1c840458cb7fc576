/**
 * Property tests over the analysis core, run by `npm test` with a modest number of cases and a
 * fixed seed (so CI is repeatable); `npm run fuzz` runs the same properties with many cases and a
 * fresh seed. Set AGREEMENT_LINT_PROPERTY_RUNS or AGREEMENT_LINT_PROPERTY_SEED to change them.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { properties } from './properties.js';

const runs = Number(process.env['AGREEMENT_LINT_PROPERTY_RUNS'] ?? 40);
const seed = Number(process.env['AGREEMENT_LINT_PROPERTY_SEED'] ?? 20261125);

for (const p of properties) {
  test(p.name, { skip: p.skip ?? false, todo: p.todo ?? false }, () => {
    fc.assert(p.property(), { numRuns: Math.max(1, Math.round((runs * p.weight) / 2)), seed, endOnFailure: false });
  });
}
