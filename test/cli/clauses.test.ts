/** `agreement-lint clauses`, and the markers `--fix-suggestions` writes, run as a user runs them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const retention =
  'The receiving Party may keep information received under this Arrangement for as long as it is needed for the purposes for which it may be used under this Arrangement, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.';

const notices = (version: string, body: string) => `---
id: notices
title: Notices to the partner
version: ${version}
kind: clause
fixes: []
placeholders: [PARTNER]
approved:
  by: Office of the Legal Adviser
  date: 2026-03-31
---
${body}
`;

const draft = `---
type: arrangement
partner: the Republic of Freedonia
---
# Arrangement

## Article 1 — Use

<!-- clause: balanced-retention@1.0.0 -->
1. ${retention}

<!-- clause: balanced-retention@1.0.0 -->
2. ${retention.replace('shall handle', 'shall always handle')}

## Article 2 — Notices

<!-- clause: notices@1.0.0 -->
Notices go to the Republic of Freedonia.

<!-- clause: from-another-library@4.2.0 -->
Each Party bears its own costs.
`;

function setup(): string {
  const dir = tempDir('agreement-lint-clauses');
  fs.mkdirSync(path.join(dir, '.agreement-lint', 'clauses'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'notices.md'), notices('1.1.0', 'Notices go to {{PARTNER}} in writing.'));
  fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
  return dir;
}

describe('agreement-lint clauses', () => {
  test('text: each marked clause with its template, version, place and status; exit 0', () => {
    const dir = setup();
    const r = run(['clauses', 'a.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'a.agreement.md:9:1 approved balanced-retention@1.0.0 Article 1(1) "Retention of received information"',
      'a.agreement.md:12:1 drifted balanced-retention@1.0.0 Article 1(2) "Retention of received information"',
      'a.agreement.md:17:1 outdated notices@1.0.0 Article 2 "Notices to the partner" (the library holds 1.1.0)',
      'a.agreement.md:20:1 unknown from-another-library@4.2.0 Article 2 (not in the library)',
    ]);
  });

  test('JSON: the same, with the library version and its approval', () => {
    const dir = setup();
    const r = run(['clauses', '--format', 'json', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1);
    assert.equal(out.files[0].path, 'a.agreement.md');
    const clauses = out.files[0].clauses;
    assert.deepEqual(clauses.map((c: { status: string }) => c.status), ['approved', 'drifted', 'outdated', 'unknown']);
    assert.deepEqual(clauses[2], {
      template: 'notices',
      version: '1.0.0',
      status: 'outdated',
      citation: 'Article 2',
      range: { start: { line: 16, character: 0 }, end: { line: 16, character: 30 } },
      title: 'Notices to the partner',
      libraryVersion: '1.1.0',
      approved: { by: 'Office of the Legal Adviser', date: '2026-03-31' },
    });
    assert.equal(clauses[3].libraryVersion, undefined);
  });

  test('the review reports the drifted and the outdated clause, not the unknown one; exit 0 (information)', () => {
    const dir = setup();
    const r = run(['--rule', 'leftover-placeholder=off', 'a.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').filter((l) => l.includes('clause-provenance'));
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0]!, /^a\.agreement\.md:13:\d+ information clause-provenance Article 1\(2\) was inserted as the standard clause .*; first, "always" was added\./);
    assert.match(lines[1]!, /^a\.agreement\.md:17:1 information clause-provenance Article 2 holds version 1\.0\.0 of the standard clause "Notices to the partner" \(notices\); the clause library now holds version 1\.1\.0, approved by Office of the Legal Adviser on 2026-03-31/);
    // --fix leaves both alone (suggestions); --fix-suggestions restores and upgrades, keeping the values.
    assert.equal(run(['--fix', 'a.agreement.md'], dir).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.agreement.md'), 'utf8'), draft);
    assert.equal(run(['--fix-suggestions', 'a.agreement.md'], dir).code, 0);
    const fixed = fs.readFileSync(path.join(dir, 'a.agreement.md'), 'utf8');
    assert.ok(fixed.includes(`<!-- clause: balanced-retention@1.0.0 -->\n2. ${retention}\n`));
    assert.ok(fixed.includes('<!-- clause: notices@1.1.0 -->\nNotices go to the Republic of Freedonia in writing.\n'));
    assert.deepEqual(JSON.parse(run(['clauses', '--format', 'json', 'a.agreement.md'], dir).stdout).files[0].clauses.map((c: { status: string }) => c.status), ['approved', 'approved', 'approved', 'unknown']);
  });

  test('--fix-suggestions writes a marker before every clause it inserts, and they list as approved', () => {
    const dir = tempDir('agreement-lint-clauses');
    fs.copyFileSync(path.join(examplesDir, 'screening-information.agreement.md'), path.join(dir, 'd.agreement.md'));
    const r = run(['--fix-suggestions', 'd.agreement.md'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const text = fs.readFileSync(path.join(dir, 'd.agreement.md'), 'utf8');
    const markers = text.match(/^<!-- clause: [a-z-]+@[0-9.]+ -->$/gm) ?? [];
    assert.ok(markers.length >= 3, text);
    const listed = run(['clauses', 'd.agreement.md'], dir);
    assert.equal(listed.code, 0, listed.stderr);
    const lines = listed.stdout.trimEnd().split('\n');
    assert.equal(lines.length, markers.length);
    assert.ok(lines.every((l) => / approved /.test(l)), listed.stdout);
    assert.ok(lines.some((l) => /balanced-dissemination@1\.1\.0 Article 3\(1\)/.test(l)), listed.stdout);
  });

  test('a draft without markers says so; usage errors exit 2 with one line', () => {
    const dir = tempDir('agreement-lint-clauses');
    fs.writeFileSync(path.join(dir, 'plain.agreement.md'), '# Arrangement\n\n## Article 1\n\n1. Text.\n');
    const r = run(['clauses', 'plain.agreement.md'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'plain.agreement.md: no clause carries a provenance marker\n');
    for (const [args, message] of [
      [['clauses'], /no files or folders given/],
      [['clauses', '--format', 'sarif', 'plain.agreement.md'], /unknown format "sarif" for clauses; use text or json/],
      [['clauses', '--fix', 'plain.agreement.md'], /Unknown option '--fix'/],
      [['clauses', 'missing.agreement.md'], /cannot read .*missing\.agreement\.md: no such file or folder/],
    ] as [string[], RegExp][]) {
      const bad = run(args, dir);
      assert.equal(bad.code, 2, args.join(' '));
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, message);
      assert.equal(bad.stderr.trimEnd().split('\n').length, 1);
    }
    const help = run(['clauses', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: agreement-lint clauses/);
  });

  test('the approved clause of examples/team: inserted, drifted, restored (the example of docs/templates.md)', () => {
    const dir = tempDir('agreement-lint-clauses');
    const team = path.join(repoRoot, 'examples', 'team', '.agreement-lint', 'clauses');
    const approvedText =
      'The receiving Party may pass screening records received under this Arrangement to any of its authorities that carry out counterterrorism, border-screening, visa or law-enforcement work, and those authorities may use them for that work. A release outside the government of the receiving Party, whether to a third country, an international body or the public, needs the prior consent of the providing Party. The receiving Party shall keep a record of each authority to which it passes the records. Records passed on keep the handling label TLP:AMBER.';
    const text = `---\ntitle: Arrangement on the Exchange of Screening Records\ntype: arrangement\npartner: the Republic of Freedonia\nhandling: TLP:AMBER\n---\n\n## Article 4 — Onward Sharing\n\n<!-- clause: screening-onward-sharing@2.0.0 -->\n1. ${approvedText}\n`;
    fs.writeFileSync(path.join(dir, 'nt.agreement.md'), text);
    const listed = run(['clauses', '--templates', team, 'nt.agreement.md'], dir);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(listed.stdout, 'nt.agreement.md:10:1 approved screening-onward-sharing@2.0.0 Article 4(1) "Onward sharing of screening records" (approved by Office of the Legal Adviser, Screening Agreements Unit on 2026-11-30)\n');
    assert.equal(run(['--templates', team, 'nt.agreement.md'], dir).stdout, '');
    const drifted = text.replace('to any of its authorities that carry out counterterrorism, border-screening, visa or law-enforcement work', 'to its border-screening authority only');
    fs.writeFileSync(path.join(dir, 'nt.agreement.md'), drifted);
    const review = run(['--templates', team, 'nt.agreement.md'], dir);
    assert.equal(review.code, 0);
    assert.match(review.stdout, /^nt\.agreement\.md:11:\d+ information clause-provenance Article 4\(1\) was inserted as the standard clause "Onward sharing of screening records" \(screening-onward-sharing@2\.0\.0, approved by Office of the Legal Adviser, Screening Agreements Unit on 2026-11-30\), but its text no longer reads as that version: .*first, "any of" was taken out\./);
    // The front matter changed meanwhile: the values are read back from the clause, not from it.
    fs.writeFileSync(path.join(dir, 'nt.agreement.md'), drifted.replace('handling: TLP:AMBER', 'handling: TLP:GREEN'));
    assert.equal(run(['--templates', team, '--fix-suggestions', 'nt.agreement.md'], dir).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'nt.agreement.md'), 'utf8'), text.replace('handling: TLP:AMBER', 'handling: TLP:GREEN'));
  });

  test('the configuration of a draft names its template folders and the severity of the rule: the list and the review agree', () => {
    const dir = tempDir('agreement-lint-clauses');
    fs.mkdirSync(path.join(dir, 'shared-clauses'));
    fs.writeFileSync(path.join(dir, 'shared-clauses', 'notices.md'), notices('3.0.0', 'Notices go to {{PARTNER}} by diplomatic note.'));
    fs.mkdirSync(path.join(dir, 'unit'));
    fs.writeFileSync(path.join(dir, 'unit', '.agreement-lint.yaml'), 'root: true\ntemplates:\n  - ../shared-clauses\nrules:\n  clause-provenance: warning\n');
    fs.writeFileSync(path.join(dir, 'unit', 'n.agreement.md'), '---\ntype: arrangement\npartner: the Republic of Freedonia\n---\n## Article 2 — Notices\n\n<!-- clause: notices@1.0.0 -->\nNotices go to the Republic of Freedonia.\n');
    const listed = run(['clauses', 'unit/n.agreement.md'], dir);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(listed.stdout, 'unit/n.agreement.md:7:1 outdated notices@1.0.0 Article 2 "Notices to the partner" (the library holds 3.0.0)\n');
    const review = run(['unit/n.agreement.md'], dir);
    assert.match(review.stdout, /^unit\/n\.agreement\.md:7:1 warning clause-provenance Article 2 holds version 1\.0\.0 .* now holds version 3\.0\.0/m);
    // A broken configuration stops the list as it stops the review.
    fs.writeFileSync(path.join(dir, 'unit', '.agreement-lint.yaml'), 'root: true\ntemplates: 7\n');
    const broken = run(['clauses', 'unit/n.agreement.md'], dir);
    assert.equal(broken.code, 2);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /\.agreement-lint\.yaml/);
  });
});
