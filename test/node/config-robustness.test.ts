/**
 * No configuration text, however broken, makes the loader throw: random mutations of valid
 * configurations (YAML and JSON) give either a configuration or problems, each placed inside the file
 * and saying something.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseConfig } from '../../server/src/node/config.js';

const seeds = [
  'rules:\n  leftover-placeholder: error\n  unused-term: {severity: off}\ninclude: ["drafts/**/*.md"]\nextends: ./base.yaml\n',
  '{"rules": {"playbook/x": "hint"}, "handlingCaveats": ["LES"], "root": true}',
  'templates: [clauses]\nplaybooks:\n  - pb.yaml\nexclude: []\n',
];

/** A seed with a few characters replaced, inserted or deleted. */
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(':', '-', '[', ']', '{', '}', '"', "'", '\n', ' ', '\t', '&a', '*a', '#', 'x', '!!', '%', '\u0000', '\ud800')), { maxLength: 6 }))
  .map(([seed, edits]) => {
    let s = seed;
    for (const [at, op, ch] of edits) {
      const i = at % (s.length + 1);
      s = op === 'delete' ? s.slice(0, i) + s.slice(i + 1) : op === 'insert' ? s.slice(0, i) + ch + s.slice(i) : s.slice(0, i) + ch + s.slice(i + 1);
    }
    return s;
  });

test('any text gives a configuration or placed problems, never an exception', () => {
  fc.assert(
    fc.property(mutated, fc.constantFrom('.agreement-lint.yaml', '.agreement-lint.json'), (text, name) => {
      const r = parseConfig(text, `/repo/${name}`, name);
      assert.ok(r.data !== undefined || r.problems.length > 0, 'a configuration or a problem');
      if (r.data !== undefined) assert.equal(r.problems.length, 0);
      for (const p of r.problems) {
        assert.equal(p.file, name);
        assert.ok(p.message.length > 10);
        if (p.start !== undefined) assert.ok(p.start >= 0 && p.start <= text.length, `start ${p.start} inside the text`);
        if (p.line !== undefined) assert.ok(p.line >= 1 && p.line <= text.split('\n').length + 1, `line ${p.line}`);
      }
    }),
    { numRuns: 400, seed: 18 },
  );
});
