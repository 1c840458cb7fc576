/** `--playbook <file>`: team playbooks given to the real CLI, run as a user runs it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

function run(args: string[], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const draft = [
  '---',
  'title: Arrangement on Screening Information',
  'partner: the Republic of Freedonia',
  'data: [biographic]',
  'handling: TLP:WHITE',
  '---',
  '',
  '# Arrangement on Screening Information',
  '',
  '## Article 1 — Use',
  '',
  '1. Information marked TLP:WHITE shall not be disseminated under any circumstances.',
  '',
].join('\n');

const wording = [
  'name: team-wording',
  'description: Wording our office does not use',
  'kind: wording',
  'severity: information',
  "message: 'Our agreements do not say \"{match}\".'",
  'wording:',
  '  - pattern: under any circumstances',
  '  - pattern: TLP:WHITE',
  '    ignoreCase: false',
  '    replacement: TLP:CLEAR',
  '    replacementKind: fix',
  '',
].join('\n');

function setup() {
  const dir = tempDir('agreement-lint-playbooks');
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  fs.mkdirSync(path.join(dir, 'team'));
  fs.writeFileSync(path.join(dir, 'team', 'team-wording.yaml'), wording);
  return dir;
}

describe('agreement-lint --playbook', () => {
  test('findings of the playbook, with its rule id and severity, beside the built-in rules', () => {
    const dir = setup();
    const without = run(['a.agreement.md'], dir);
    assert.doesNotMatch(without.stdout, /playbook\//);
    const r = run(['--playbook', 'team/team-wording.yaml', 'a.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const mine = r.stdout.split('\n').filter((l) => l.includes(' playbook/'));
    assert.deepEqual(mine, [
      'a.agreement.md:12:23 information playbook/team-wording Our agreements do not say "TLP:WHITE".',
      'a.agreement.md:12:59 information playbook/team-wording Our agreements do not say "under any circumstances".',
    ]);
  });

  test('--rule playbook/<name>=error raises its severity and the exit status; =off silences it', () => {
    const dir = setup();
    const r = run(['--playbook', 'team/team-wording.yaml', '--rule', 'playbook/team-wording=error', 'a.agreement.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.agreement\.md:12:23 error playbook\/team-wording /m);
    const off = run(['--playbook', 'team/team-wording.yaml', '--rule', 'playbook/team-wording=off', 'a.agreement.md'], dir);
    assert.doesNotMatch(off.stdout, /playbook\//);
    const bad = run(['--rule', 'playbook/Not_Kebab=off', 'a.agreement.md'], dir);
    assert.equal(bad.code, 2);
  });

  test('JSON links each playbook finding to the file; SARIF lists the playbook as a rule whose help is the file', () => {
    const dir = setup();
    const uri = pathToFileURL(path.join(fs.realpathSync(dir), 'team', 'team-wording.yaml')).href;
    const json = JSON.parse(run(['--format', 'json', '--playbook', 'team/team-wording.yaml', 'a.agreement.md'], fs.realpathSync(dir)).stdout);
    const f = json.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'playbook/team-wording');
    assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'message', 'range', 'docsUri', 'fixes']);
    assert.equal(f.docsUri, uri);
    assert.deepEqual(f.fixes.map((x: { kind: string; edits: { newText: string }[] }) => [x.kind, x.edits[0]!.newText]), [['fix', 'TLP:CLEAR']]);
    const builtIn = json.files[0].findings.find((x: { ruleId: string }) => !x.ruleId.startsWith('playbook/'));
    assert.equal(builtIn.docsUri, undefined, 'built-in findings keep the documented shape');

    const sarif = JSON.parse(run(['--format', 'sarif', '--playbook', 'team/team-wording.yaml', 'a.agreement.md'], fs.realpathSync(dir)).stdout);
    const rules = sarif.runs[0].tool.driver.rules;
    const index = rules.findIndex((r: { id: string }) => r.id === 'playbook/team-wording');
    assert.ok(index >= 0, 'the playbook is a rule of the run');
    assert.deepEqual(rules[index], {
      id: 'playbook/team-wording',
      name: 'playbook/team-wording',
      shortDescription: { text: 'Wording our office does not use' },
      helpUri: uri,
      defaultConfiguration: { level: 'note' },
    });
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'playbook/team-wording');
    assert.equal(results.length, 2);
    for (const r of results) assert.equal(r.ruleIndex, index);
  });

  test('--fix applies a replacement marked fix and saves the file', () => {
    const dir = setup();
    const r = run(['--fix', '--playbook', 'team/team-wording.yaml', 'a.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, 'a.agreement.md'), 'utf8');
    assert.match(text, /^1\. Information marked TLP:CLEAR shall not be disseminated under any circumstances\.$/m);
  });

  test('a playbook with a problem stops the run with exit 2, naming file, line, column and what is allowed', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, 'team', 'broken.yaml'), "kind: wording\nmessage: m\nwording:\n  - pattern: 'shall(?! not)'\n  - pattern: ok\n    colour: red\n");
    const r = run(['--playbook', 'team/broken.yaml', 'a.agreement.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^agreement-lint: team\/broken\.yaml:4:14: The pattern is not valid RE2 syntax: .*Lookahead and lookbehind .* are not supported.* \(and 1 more problem in that file\)\n$/);
    const missing = run(['--playbook', 'team/nope.yaml', 'a.agreement.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^agreement-lint: --playbook: cannot read "team\/nope\.yaml": no such file\n$/);
  });

  test('the example team playbooks run on the example draft', () => {
    const folder = path.join(examplesDir, 'team', '.agreement-lint', 'playbooks');
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
    assert.deepEqual(files, ['absolute-dissemination-bars.yaml', 'personal-data-article.yaml']);
    const r = run([...files.flatMap((f) => ['--playbook', path.join(folder, f)]), '--format', 'json', path.join(examplesDir, 'screening-information.agreement.md')]);
    assert.equal(r.code, 0, r.stderr);
    const ids = JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId).filter((id: string) => id.startsWith('playbook/'));
    assert.deepEqual(ids, ['playbook/personal-data-article', 'playbook/absolute-dissemination-bars', 'playbook/absolute-dissemination-bars']);
  });
});
