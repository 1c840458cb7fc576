/**
 * The real agreements beside the clone (../shared/treaties and the whole agreements of
 * ../shared/corpus), reviewed as a drafter's editor would review them: each is analysed without
 * error, and its drafting-hygiene findings are exactly those judged right by reading the text,
 * kept per agreement in test/realtext/expected/<name>.json with the reason for each. A new
 * finding on real text fails here until someone reads it and judges it right (add it, with why)
 * or wrong (mend the rule). Without ../shared the tests are skipped with a one-line reason.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/index.js';
import { repoRoot } from '../helpers/paths.js';
import { hygieneRules, missingRealText, realAgreements } from '../helpers/real-agreements.js';

/** One finding judged right: its rule, its line (1-based) and why a reviewer agrees with it. */
interface Judged {
  rule: string;
  line: number;
  why: string;
}

const expectedDir = path.join(repoRoot, 'test', 'realtext', 'expected');
const skip = missingRealText();

if (skip) test('real agreements: hygiene findings judged right', { skip }, () => {});
for (const a of realAgreements()) {
  test(`${a.name}: reviewed without error, with only the hygiene findings judged right`, () => {
    const file = path.join(expectedDir, `${a.name}.json`);
    assert.ok(fs.existsSync(file), `no judgement for ${a.name}: write test/realtext/expected/${a.name}.json after reading its findings`);
    const judged = (JSON.parse(fs.readFileSync(file, 'utf8')) as { hygiene: Judged[] }).hygiene;
    const { findings } = analyze(a.text);
    const found = findings
      .filter((f) => hygieneRules.has(f.ruleId))
      .map((f) => `${f.ruleId} at line ${f.range.start.line + 1}: ${f.message}`);
    const key = (s: string) => s.slice(0, s.indexOf(':'));
    const expected = judged.map((j) => `${j.rule} at line ${j.line}`).sort();
    assert.deepEqual(found.map(key).sort(), expected, `hygiene findings on ${a.name} differ from the judged ones:\n${found.join('\n')}`);
  });
}
