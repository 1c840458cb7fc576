/**
 * `--fix` and `--fix-suggestions` on real treaties (../shared/treaties, beside the clone): no new
 * finding of any rule and no line changed outside the edits the fixes offered (scripts/fix-check.mjs,
 * the real bin in child processes). Skipped with a one-line reason where ../shared is absent.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

const treaties = path.join(repoRoot, '..', 'shared', 'treaties');
const corpus = path.join(repoRoot, '..', 'shared', 'corpus');
const skip = fs.existsSync(treaties) ? false : 'no ../shared/treaties beside the clone';
const check = (...flags: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'fix-check.mjs'), treaties, ...flags], { encoding: 'utf8' });

test('--fix on real treaties changes nothing a person must choose: no new finding, no line outside a fix', { skip }, () => {
  const r = check('--fix-only');
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('--fix --fix-suggestions on real treaties: no new finding, no line changed outside the offered edits', { skip }, () => {
  const r = check();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 problem\(s\)/);
});

test('--fix --fix-suggestions on the whole agreements of ../shared/corpus: no new finding, no line changed outside the offered edits', { skip: fs.existsSync(corpus) ? false : 'no ../shared/corpus beside the clone' }, () => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'fix-check.mjs'), corpus], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 problem\(s\)/);
});
