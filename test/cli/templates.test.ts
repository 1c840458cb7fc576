/** The CLI with team clause templates: ./.agreement-lint/clauses, --templates, and broken files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cliBin } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const draft = `# Arrangement on Screening

## Article 1 — Use

1. Information received under this Arrangement shall not be disseminated to any other agency under any circumstances.

## Article 2 — Confidentiality

1. Each Party shall protect information received from public disclosure.
`;

const ours = (title: string, body: string) => `---
id: balanced-dissemination
title: ${title}
version: 2.0.0
kind: clause
fixes: [over-restricted-dissemination]
placeholders: []
---
${body}
`;

function fixTitles(stdout: string): string[] {
  const { files } = JSON.parse(stdout) as { files: { findings: { ruleId: string; fixes: { title: string }[] }[] }[] };
  return files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'over-restricted-dissemination').flatMap((x) => x.fixes.map((y) => y.title)));
}

test('team templates in ./.agreement-lint/clauses override the built-ins; --templates overrides those', () => {
  const dir = tempDir('agreement-lint-cli-templates');
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  assert.ok(fixTitles(run(['--format', 'json', 'a.agreement.md'], dir).stdout).some((t) => t.includes('"Balanced dissemination and use"')));

  fs.mkdirSync(path.join(dir, '.agreement-lint', 'clauses'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'ours.md'), ours('Team dissemination clause', 'Information may be shared within the receiving government for counterterrorism purposes.'));
  const r1 = run(['--format', 'json', 'a.agreement.md'], dir);
  assert.equal(r1.stderr, '');
  assert.ok(fixTitles(r1.stdout).some((t) => t.includes('"Team dissemination clause"')), r1.stdout);

  fs.mkdirSync(path.join(dir, 'other'));
  fs.writeFileSync(path.join(dir, 'other', 'ours.md'), ours('Other dissemination clause', 'Information may be shared within the receiving government.'));
  const r2 = run(['--format', 'json', '--templates', 'other', 'a.agreement.md'], dir);
  assert.ok(fixTitles(r2.stdout).some((t) => t.includes('"Other dissemination clause"')), r2.stdout);

  // --fix leaves a standard clause alone (a suggestion); --fix-suggestions writes the team wording into the draft.
  run(['--fix', '--templates', 'other', 'a.agreement.md'], dir);
  assert.equal(fs.readFileSync(path.join(dir, 'a.agreement.md'), 'utf8'), draft);
  run(['--fix-suggestions', '--templates', 'other', 'a.agreement.md'], dir);
  assert.match(fs.readFileSync(path.join(dir, 'a.agreement.md'), 'utf8'), /\n1\. Information may be shared within the receiving government\.\n/);
});

test('a broken team template is a warning naming the file and the field; the review goes on', () => {
  const dir = tempDir('agreement-lint-cli-templates');
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  fs.mkdirSync(path.join(dir, '.agreement-lint', 'clauses'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'bad.md'), ours('Bad', 'Text.').replace('version: 2.0.0', 'version: soon'));
  const r = run(['a.agreement.md'], dir);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^agreement-lint: warning: clause template \.agreement-lint\/clauses\/bad\.md \(field "version", line 4\): The field "version" should be a version/m);
  assert.equal(r.stderr.match(/bad\.md/g)!.length, 1, 'said once, whatever the number of threads');
  assert.match(r.stdout, /over-restricted-dissemination/);
});

test('--templates with a folder that does not exist is a usage error', () => {
  const dir = tempDir('agreement-lint-cli-templates');
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  const r = run(['--templates', 'missing', 'a.agreement.md'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--templates: no such folder "missing"/);
});

test('a team template naming an unknown rule is kept, with a warning on its "fixes" field', () => {
  const dir = tempDir('agreement-lint-cli-templates');
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  fs.mkdirSync(path.join(dir, '.agreement-lint', 'clauses'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'ours.md'), ours('Team dissemination clause', 'Shared within the receiving government.').replace('fixes: [over-restricted-dissemination]', 'fixes: [over-restricted-disemination]'));
  const r = run(['--format', 'json', 'a.agreement.md'], dir);
  assert.match(r.stderr, /clause template \.agreement-lint\/clauses\/ours\.md \(field "fixes"\): The field "fixes" names "over-restricted-disemination", which is not a rule; the template is kept as a snippet\./);
  // Kept under its id, it still replaces the built-in wording of the same id.
  assert.ok(fixTitles(r.stdout).some((t) => t.includes('"Team dissemination clause"')));
});
