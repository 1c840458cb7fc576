/** The clean, well-drafted agreement raises nothing from any rule, and neither does the bundled example's model break. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, rules } from '../../../server/src/core/index.js';
import { repoRoot } from '../../helpers/paths.js';

const clean = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'clean.agreement.md'), 'utf8');

test('no rule of any kind fires on the clean agreement', () => {
  const errors: string[] = [];
  const { findings, model } = analyze(clean, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
  assert.deepEqual(errors, []);
  assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`), []);
  // The draft really exercises the model: articles, definitions, references and parties.
  assert.ok(rules.length >= 9);
  assert.equal(model.sections.filter((s) => s.kind === 'article').length, 8);
  assert.deepEqual(model.terms.map((t) => t.term), ['Parties', 'Screening Information', 'Providing Party', 'Receiving Party', 'Personal Data']);
  assert.ok(model.terms.every((t) => t.uses.length > 0));
  const refs = model.references.filter((r) => r.internal);
  assert.ok(refs.length >= 5);
  assert.ok(refs.every((r) => r.target), 'every internal reference resolves');
  assert.equal(model.frontMatter.parties.length, 2);
});

test('the same holds with CRLF line endings and a BOM', () => {
  const crlf = `\uFEFF${clean.replace(/\n/g, '\r\n')}`;
  const { findings, model } = analyze(crlf);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), []);
  assert.equal(model.terms.length, 5);
});
