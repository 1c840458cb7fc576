/**
 * Bad input never crashes: any text given as a playbook gives a playbook or problems (each inside
 * the file, with a line and column), and the example playbooks never throw on any draft.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, parsePlaybook, type Playbook } from '../../../server/src/core/index.js';
import { examplesDir } from '../../helpers/paths.js';

const folder = path.join(examplesDir, 'team', '.agreement-lint', 'playbooks');
const examples = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: path.join(folder, f), text: fs.readFileSync(path.join(folder, f), 'utf8') }));

/** An example playbook with one stretch cut out, one inserted, or both. */
const mutated = fc
  .tuple(fc.constantFrom(...examples), fc.nat(), fc.nat(40), fc.string({ maxLength: 12, unit: fc.constantFrom(...' :-[]{}\'"#\n\\(?=)*+ab|$&!'.split('')) }))
  .map(([ex, at, cut, insert]) => {
    const i = at % (ex.text.length + 1);
    return ex.text.slice(0, i) + insert + ex.text.slice(i + cut);
  });

test('any text gives a playbook or problems with a place inside the file, never an exception', () => {
  fc.assert(
    fc.property(fc.oneof(mutated, fc.string({ maxLength: 200 })), (text) => {
      const { playbook, problems } = parsePlaybook(text, '/team/p.yaml');
      assert.ok(playbook !== undefined || problems.length > 0);
      if (playbook) assert.deepEqual(problems, []);
      for (const p of problems) {
        assert.ok(p.message.length > 0);
        if (p.start !== undefined) {
          assert.ok(p.start >= 0 && p.start <= text.length, `offset ${p.start} in ${text.length}`);
          assert.ok(p.line! >= 1 && p.column! >= 1);
        }
      }
    }),
    { numRuns: 300, seed: 18 },
  );
});

test('the example playbooks, and any mutation of them that still reads, run on any draft without a rule error', () => {
  const playbooks: Playbook[] = examples.map((e) => parsePlaybook(e.text, e.file).playbook!);
  assert.equal(playbooks.length, 2);
  const draftText = fc.string({ maxLength: 400, unit: fc.constantFrom(...'abc Personal data under no circumstances\n#-1.()[]*_{}~>+'.split('')) }).map((body) => `---\ndata: [biographic]\n---\n\n# Title\n\n## Article 1 — Use\n\n1. ${body}\n`);
  fc.assert(
    fc.property(draftText, mutated, (text, pbText) => {
      const extra = parsePlaybook(pbText, '/team/m.yaml').playbook;
      const errors: string[] = [];
      analyze(text, { playbooks: extra ? [...playbooks, extra] : playbooks, onRuleError: (id) => errors.push(id) });
      assert.deepEqual(errors, []);
    }),
    { numRuns: 150, seed: 18 },
  );
});
