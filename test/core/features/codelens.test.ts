import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingCountLenses } from '../../../server/src/core/features/index.js';
import type { Finding } from '../../../server/src/core/index.js';
import { at, model, textOf } from './fixture.js';

test('each Article or Annex with findings gets one lens with counts by severity; others get none', () => {
  const m = model();
  const finding = (needle: string, severity: Finding['severity']): Finding => {
    const start = at(m, needle);
    return { ruleId: 'example', severity, message: 'x', range: { start, end: start }, fixes: [] };
  };
  const lenses = findingCountLenses(m, [
    finding('Each Participant shall', 'warning'),
    finding('A Contact Office shall', 'error'),
    finding('(b) by a call', 'warning'),
    finding('Each Participant lists', 'information'),
    finding('The Ministry of Alpha', 'error'),
  ]);
  assert.deepEqual(
    lenses.map((l) => [textOf(m, l.range), l.command.title, l.command.command]),
    [
      ['## Article 2 — Exchange', '3 findings in Article 2: 1 error, 2 warnings', ''],
      ['## Annex A — Contact Offices', '1 finding in Annex A: 1 note', ''],
    ],
  );
  assert.deepEqual(findingCountLenses(m, []), [], 'a clean draft shows nothing');
});
