/**
 * `agreement-lint report`, run as a user runs it (the real bin in a child process): HTML and
 * Markdown, exit codes, -o writes the file, the same bytes for the same draft, and hostile draft
 * text that stays text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cliBin, examplesDir, repoRoot } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

function run(args: string[], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const example = path.join(examplesDir, 'screening-information.agreement.md');

const hostile = `---
title: "Arrangement <script>alert(1)</script> & Co"
parties:
  - name: Government of the United States of America
    short: the United States
  - name: "Government of <img src=x onerror=alert(2)>"
    short: Freedonia
data: [biographic]
handling: TLP:AMBER
---

# Arrangement on Exchange

## Article 1 — Exchange

1. The Parties shall exchange names and dates of birth of known or suspected terrorists <script>alert(3)</script> | pipe | and [links](https://example.invalid/x).

## Article 2 — Use

1. Information received under this Arrangement shall not be disseminated to any other agency under any circumstances <b>bold</b>.

<!-- agreement-lint-disable-next-line leftover-placeholder -- agreed with <counsel> & "partner" -->
Done at [PLACE].
`;

describe('agreement-lint report', () => {
  test('HTML to standard output: self-contained, the checklists, flows, findings and suppressions', () => {
    const r = run(['report', example]);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
    // No script, no outside resource: every URL in the file is an anchor inside it.
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i);
    assert.doesNotMatch(html, /(?:src|href)="(?!#)/);
    assert.doesNotMatch(html, /https?:\/\//);
    for (const heading of ['Summary', 'Checklists', 'Dissemination provisions', 'Information flows', 'Findings', 'Suppressions (audit record)']) assert.ok(html.includes(`>${heading}</h2>`), heading);
    assert.match(html, /Privacy Act handling of personal data/);
    assert.match(html, /✘ Missing<\/td><td>Access, correction and redress for individuals/);
    // A finding with the clause as drafted beside the proposed standard wording.
    assert.match(html, /<span class="label">As drafted \(Article 3\(1\)\)<\/span>Information received under this Arrangement shall be used solely/);
    assert.match(html, /<span class="label">Proposed: Replace Article 3\(1\) with the standard clause &quot;Balanced dissemination and use&quot;<\/span>The Receiving Party may use information/);
  });

  test('Markdown with -o: the file is written, nothing on standard output, the same bytes every time', () => {
    const dir = tempDir('agreement-lint-report');
    const out = path.join(dir, 'review.md');
    const r = run(['report', '--format', 'md', '-o', out, example]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const md = fs.readFileSync(out, 'utf8');
    assert.match(md, /^# Review report: Arrangement on the Exchange of Terrorism Screening Information\n/);
    assert.match(md, /^\| Parties \| Government of the United States of America \(the United States\); Government of the Republic of Freedonia \(Freedonia\) \|$/m);
    assert.match(md, /^## Information flows$/m);
    assert.match(md, /^\| As drafted \| Proposed: Replace Article 3\(1\) with the standard clause "Balanced dissemination and use" \|$/m);
    const again = run(['report', '--format', 'md', example]);
    assert.equal(again.stdout, md, 'stdout and -o give the same report');
    const second = path.join(dir, 'review2.md');
    run(['report', '--format', 'md', '-o', second, example]);
    assert.ok(fs.readFileSync(second).equals(fs.readFileSync(out)), 'the same bytes for the same draft');
    const html1 = run(['report', example]).stdout;
    assert.equal(run(['report', example]).stdout, html1, 'HTML: the same bytes too');
    // A date only when one is given.
    assert.doesNotMatch(md, /\b20\d\d-\d\d-\d\d\b/);
    assert.match(run(['report', '--format', 'md', '--date', '2026-12-01', example]).stdout, /on 2026-12-01/);
  });

  test('hostile draft text stays text in HTML and Markdown', () => {
    const dir = tempDir('agreement-lint-report');
    fs.writeFileSync(path.join(dir, 'h.agreement.md'), hostile);
    const r = run(['report', 'h.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.doesNotMatch(html, /<script|<img|<b>/i);
    assert.match(html, /Arrangement &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co/);
    assert.match(html, /Government of &lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(html, /terrorists &lt;script&gt;alert\(3\)&lt;\/script&gt;/);
    // The suppression and its justification, as an audit record.
    assert.match(html, /<code>leftover-placeholder<\/code><\/td><td>agreed with &lt;counsel&gt; &amp; &quot;partner&quot;<\/td>/);
    const md = run(['report', '--format', 'md', 'h.agreement.md'], dir).stdout;
    assert.doesNotMatch(md, /<script|<img|<b>|<counsel>/i);
    assert.match(md, /&lt;script&gt;alert\(3\)&lt;\/script&gt; \\\| pipe \\\|/);
    // Every table row keeps its columns: no pipe from the draft splits one.
    for (const line of md.split('\n').filter((l) => l.startsWith('| As drafted'))) assert.equal(line.split(/(?<!\\)\|/).length, 4, line);
  });

  test("the draft's team configuration applies, as in a review; a broken one writes no report", () => {
    const dir = tempDir('agreement-lint-report');
    fs.copyFileSync(example, path.join(dir, 'e.agreement.md'));
    const before = run(['report', '--format', 'md', 'e.agreement.md'], dir).stdout;
    assert.match(before, /\(`leftover-placeholder`\)/);
    fs.writeFileSync(path.join(dir, '.agreement-lint.yaml'), 'rules:\n  leftover-placeholder: off\n');
    const after = run(['report', '--format', 'md', 'e.agreement.md'], dir);
    assert.equal(after.code, 0, after.stderr);
    assert.doesNotMatch(after.stdout, /\(`leftover-placeholder`\)/);
    fs.writeFileSync(path.join(dir, '.agreement-lint.yaml'), 'rules: [nonsense\n');
    const broken = run(['report', '-o', 'r.md', 'e.agreement.md'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /no report was written/);
    assert.equal(fs.existsSync(path.join(dir, 'r.md')), false);
  });

  test('exit codes: usage and I/O errors are 2, with one line on stderr', () => {
    const dir = tempDir('agreement-lint-report');
    assert.equal(run(['report'], dir).code, 2);
    const missing = run(['report', 'nope.agreement.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^agreement-lint: cannot read nope\.agreement\.md: no such file\n$/);
    const format = run(['report', '--format', 'pdf', example], dir);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown report format "pdf"; use html or md/);
    assert.equal(run(['report', dir], dir).code, 2);
    const unwritable = run(['report', '-o', path.join(dir, 'no', 'such', 'dir', 'r.html'), example], dir);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /cannot write/);
    const help = run(['report', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: agreement-lint report/);
  });
});
