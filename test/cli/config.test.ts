/**
 * Team configuration in the CLI, run as a user runs it: each draft reviewed with the configuration
 * of its own folder (a monorepo), --rule on top, include and exclude when folders are searched,
 * --print-config in text and JSON, and a broken configuration ending the run with exit status 2 and
 * the same message the editor shows.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

const example = fs.readFileSync(path.join(examplesDir, 'screening-information.agreement.md'), 'utf8');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function repo(files: Record<string, string>): string {
  const root = tempDir('agreement-lint-cli-config');
  fs.mkdirSync(path.join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

type Json = { files: { path: string; findings: { ruleId: string; severity: string }[] }[] };
const severities = (out: string, file: string, rule: string) => [...new Set((JSON.parse(out) as Json).files.find((f) => f.path === file)!.findings.filter((f) => f.ruleId === rule).map((f) => f.severity))];

const monorepo = {
  '.agreement-lint.yaml': 'rules:\n  leftover-placeholder: error\n',
  'packages/europe/.agreement-lint.yaml': 'rules:\n  leftover-placeholder: information\n  unused-term: off\n',
  'packages/europe/drafts/a.agreement.md': example,
  'packages/asia/drafts/b.agreement.md': example,
  'packages/asia/drafts/notes.md': 'On [DATE].\n',
};

describe('team configuration in the CLI', () => {
  test('each draft is reviewed with the configuration of its folder; --rule applies on top', () => {
    const root = repo(monorepo);
    const r = run(['--format', 'json', 'packages'], root);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(severities(r.stdout, 'packages/europe/drafts/a.agreement.md', 'leftover-placeholder'), ['information']);
    assert.deepEqual(severities(r.stdout, 'packages/europe/drafts/a.agreement.md', 'unused-term'), []);
    assert.deepEqual(severities(r.stdout, 'packages/asia/drafts/b.agreement.md', 'leftover-placeholder'), ['error']);
    assert.deepEqual(severities(r.stdout, 'packages/asia/drafts/b.agreement.md', 'unused-term'), ['warning']);
    assert.ok(!(JSON.parse(r.stdout) as Json).files.some((f) => f.path.endsWith('notes.md')), 'plain Markdown is not reviewed without include');

    const flagged = run(['--format', 'json', '--rule', 'leftover-placeholder=hint', '--rule', 'playbook/house-style=off', 'packages'], root);
    assert.deepEqual(severities(flagged.stdout, 'packages/europe/drafts/a.agreement.md', 'leftover-placeholder'), ['hint']);
    assert.deepEqual(severities(flagged.stdout, 'packages/asia/drafts/b.agreement.md', 'leftover-placeholder'), ['hint']);
  });

  test('include adds Markdown files found in folders; exclude keeps files out, even when named', () => {
    const root = repo({ ...monorepo, 'packages/asia/.agreement-lint.yaml': 'include: ["drafts/*.md"]\nexclude: ["drafts/b.agreement.md"]\n' });
    const r = run(['--format', 'json', 'packages/asia'], root);
    assert.deepEqual((JSON.parse(r.stdout) as Json).files.map((f) => f.path), ['packages/asia/drafts/notes.md']);
    const named = run(['--format', 'json', 'packages/asia/drafts/b.agreement.md', 'packages/europe/drafts/a.agreement.md'], root);
    assert.deepEqual((JSON.parse(named.stdout) as Json).files.map((f) => f.path), ['packages/europe/drafts/a.agreement.md']);
  });

  test('--print-config shows each value with where it came from, in text and JSON', () => {
    const root = repo({ ...monorepo, 'packages/europe/.agreement-lint/clauses/x.md': '' });
    const text = run(['--print-config', 'packages/europe/drafts/a.agreement.md', '--rule', 'unresolved-comment=error'], root);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Configuration of packages\/europe\/drafts\/a\.agreement\.md$/m);
    assert.match(text.stdout, /^ {2}\.agreement-lint\.yaml\n {2}packages\/europe\/\.agreement-lint\.yaml$/m);
    assert.match(text.stdout, /^ {2}leftover-placeholder +information +from packages\/europe\/\.agreement-lint\.yaml$/m);
    assert.match(text.stdout, /^ {2}unresolved-comment +error +from --rule$/m);
    assert.match(text.stdout, /^ {2}missing-safeguarding +warning +from default$/m);
    assert.match(text.stdout, /^ {2}packages\/europe\/\.agreement-lint\/clauses {2}\(from default\)$/m);

    const json = run(['--print-config', 'packages/asia/drafts/b.agreement.md', '--format', 'json', '--templates', 'packages/europe/.agreement-lint/clauses'], root);
    assert.equal(json.code, 0, json.stderr);
    const d = JSON.parse(json.stdout) as { file: string; reviewed: boolean; configFiles: string[]; rules: Record<string, { severity: string; source: string }>; templates: { folder: string; source: string }[] };
    assert.equal(d.file, 'packages/asia/drafts/b.agreement.md');
    assert.equal(d.reviewed, true);
    assert.deepEqual(d.configFiles, ['.agreement-lint.yaml']);
    assert.deepEqual(d.rules['leftover-placeholder'], { severity: 'error', source: '.agreement-lint.yaml' });
    assert.deepEqual(d.templates, [{ folder: 'packages/europe/.agreement-lint/clauses', source: '--templates' }]);
  });

  test('a broken configuration ends the run with exit status 2 and says where and what', () => {
    const root = repo({ ...monorepo, 'packages/europe/.agreement-lint.yaml': 'rules:\n  leftover-placeholder: informational\n  unused-terms: off\n' });
    const r = run(['packages'], root);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '', 'nothing is reviewed with a configuration the team did not mean');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines[0], 'agreement-lint: packages/europe/.agreement-lint.yaml:2:25: "informational" is not a severity for rule "leftover-placeholder"; use error, warning, information, hint or off. The file is ignored until it is corrected.');
    assert.match(lines[1]!, /^agreement-lint: packages\/europe\/\.agreement-lint\.yaml:3:3: "unused-terms" is not a rule\. The rules are /);
    assert.match(lines[2]!, /the configuration has 2 problems \(above\); no draft was reviewed/);

    const printed = run(['--print-config', 'packages/europe/drafts/a.agreement.md'], root);
    assert.equal(printed.code, 2, 'and --print-config too');
    assert.match(printed.stderr, /\.agreement-lint\.yaml:2:25: "informational" is not a severity/);
  });

  test('an extends cycle and an unreadable file end the run with exit status 2', () => {
    const cycle = repo({ '.agreement-lint.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./.agreement-lint.yaml\n', 'x.agreement.md': example });
    const r = run(['x.agreement.md'], cycle);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^agreement-lint: a\.yaml:1:10: "extends" makes a cycle \(\.agreement-lint\.yaml → a\.yaml → \.agreement-lint\.yaml\)/m);

    const unreadable = repo({ 'x.agreement.md': example });
    fs.mkdirSync(path.join(unreadable, '.agreement-lint.json'));
    const u = run(['x.agreement.md'], unreadable);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /^agreement-lint: \.agreement-lint\.json: The configuration file cannot be read \(it is a folder\)/m);
  });

  test('examples/team: its configuration changes the findings of its draft', () => {
    const rel = 'examples/team/drafts/border-screening.agreement.md';
    const inTeam = run(['--format', 'json', rel], repoRoot);
    assert.notEqual(inTeam.code, 2, inTeam.stderr);
    const outside = repo({ 'border-screening.agreement.md': fs.readFileSync(path.join(repoRoot, rel), 'utf8') });
    const alone = run(['--format', 'json', 'border-screening.agreement.md'], outside);
    const rules = (out: string, file: string, rule: string) => severities(out, file, rule).join();
    // The unit's caveat is accepted, reviewer comments are not findings, and incomplete privacy handling is a warning.
    assert.equal(rules(alone.stdout, 'border-screening.agreement.md', 'nonstandard-handling-marking'), 'warning');
    assert.equal(rules(inTeam.stdout, rel, 'nonstandard-handling-marking'), '');
    assert.equal(rules(alone.stdout, 'border-screening.agreement.md', 'unresolved-comment'), 'information');
    assert.equal(rules(inTeam.stdout, rel, 'unresolved-comment'), '');
    assert.equal(rules(alone.stdout, 'border-screening.agreement.md', 'incomplete-privacy-act-handling'), 'information');
    assert.equal(rules(inTeam.stdout, rel, 'incomplete-privacy-act-handling'), 'warning');
  });
});
