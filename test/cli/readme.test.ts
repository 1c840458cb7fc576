/** The README shows real output: its example block must be what the CLI prints on examples/. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

test('README example output matches a real run on examples/', () => {
  const r = spawnSync(process.execPath, ['scripts/readme-example.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
