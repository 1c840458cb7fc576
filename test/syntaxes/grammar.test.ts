/**
 * Grammar tests: runs vscode-tmgrammar-test on the annotated drafts in test/syntaxes/cases/, with
 * our grammar (from package.json) and the Markdown and YAML grammars it embeds (from the
 * tm-grammars package, so the run is offline). Grammars the Markdown grammar embeds for fenced
 * code in other languages are absent on purpose; the runner only warns about them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from '../helpers/paths.js';

const require = createRequire(import.meta.url);
const runner = require.resolve('vscode-tmgrammar-test/dist/unit.js', { paths: [repoRoot] });
const grammarsDir = path.dirname(require.resolve('tm-grammars/grammars/markdown.json', { paths: [repoRoot] }));
const casesDir = path.join(repoRoot, 'test', 'syntaxes', 'cases');

function run(pattern: string): { status: number | null; stdout: string } {
  const r = spawnSync(
    process.execPath,
    [runner, '-g', path.join(grammarsDir, 'markdown.json'), '-g', path.join(grammarsDir, 'yaml.json'), pattern],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout };
}

test('every grammar case passes', () => {
  const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith('.syntax.md'));
  assert.ok(cases.length >= 3, 'the grammar cases are present');
  const r = run(path.join(casesDir, '*.syntax.md'));
  assert.equal(r.status, 0, r.stdout);
  for (const c of cases) assert.match(r.stdout, new RegExp(`${c.replace(/\./g, '\\.')} run successfuly`), `${c} was run`);
});

test('a wrong scope assertion fails the grammar run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grammar-'));
  try {
    const file = path.join(dir, 'wrong.syntax.md');
    fs.writeFileSync(file, '<!-- SYNTAX TEST "text.agreement" "a deliberately wrong assertion"\nA plain sentence.\n<!-- <- entity.name.section.article.agreement\n');
    const r = run(file);
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /missing required scopes: entity\.name\.section\.article\.agreement/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
