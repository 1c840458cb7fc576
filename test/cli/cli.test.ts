/** The `agreement-lint` command, run as a user runs it: the real bin in a child process. */
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

const draft = '---\npartner: the Republic of Freedonia\n---\n# Arrangement\n\nNotices go to [PARTNER] by [DATE].\n';

describe('agreement-lint CLI', () => {
  test('text output: path:line:col severity ruleId message, exit 0 without errors', () => {
    const dir = tempDir('agreement-lint-cli');
    fs.writeFileSync(path.join(dir, 'a.agreement.md'), draft);
    const r = run(['a.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^a\.agreement\.md:6:15 warning leftover-placeholder Placeholder \[PARTNER\] /);
    assert.match(lines[1]!, /^a\.agreement\.md:6:28 warning leftover-placeholder /);
    assert.match(r.stderr, /2 findings \(0 errors\) in 1 file/);
  });

  test('--explain shows how each restriction was read, reported or not (text and JSON)', () => {
    const dir = tempDir('agreement-lint-cli');
    const text = '# Arrangement\n\n## Article 4 — Use\n\n1. Data supplied may be passed on to other authorities only with the prior approval of the supplying Party.\n2. Data shall not be disclosed to another nation without the consent of the supplying Party.\n';
    fs.writeFileSync(path.join(dir, 'r.agreement.md'), text);
    const plain = run(['r.agreement.md'], dir);
    assert.doesNotMatch(plain.stdout, /reading/, 'no readings without --explain');
    const r = run(['--explain', 'r.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^r\.agreement\.md:5:4 warning over-restricted-dissemination Article 4\(1\) lets the information pass to other authorities of the receiving government only with the supplying Party's prior consent \("only with the prior approval of the supplying Party"\)/m);
    assert.match(r.stdout, /^r\.agreement\.md:5:4 reading Dissemination reading of Article 4\(1\):\n {4}act: transfer\n {4}whose act: .*\n {4}recipients kept out: other authorities of the receiving government\n {4}condition: prior consent of the supplying Party\n {4}subject: the shared information\n {4}exceptions: none\n {4}deciding words: "only with the prior approval of the supplying Party"\n {4}verdict: over-restrictive/m);
    assert.match(r.stdout, /^r\.agreement\.md:6:4 reading Dissemination reading of Article 4\(2\):[\s\S]*?verdict: calibrated \(consent only for disclosure outside the receiving government/m);
    const json = JSON.parse(run(['--explain', '--format', 'json', 'r.agreement.md'], dir).stdout);
    const readings = json.files[0].readings;
    assert.deepEqual(readings.map((c: { citation: string }) => c.citation), ['Article 4(1)', 'Article 4(2)']);
    assert.equal(readings[0].readings[0].verdict, 'over-restrictive');
    assert.deepEqual(readings[0].readings[0].recipients, ['other-agencies']);
    assert.equal(readings[0].readings[0].condition, 'consent');
    assert.equal(readings[1].readings[0].verdict, 'calibrated');
    assert.deepEqual(readings[1].readings[0].recipients, ['third-states']);
    assert.equal(JSON.parse(run(['--format', 'json', 'r.agreement.md'], dir).stdout).files[0].readings, undefined, 'JSON keeps its documented shape without --explain');
  });

  test('JSON output has exactly the documented shape', () => {
    const dir = tempDir('agreement-lint-cli');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'b.agreement.md'), draft);
    fs.writeFileSync(path.join(dir, 'sub', 'ignored.md'), draft);
    const r = run(['--format', 'json', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['version', 'files']);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1, 'folders are walked for *.agreement.md only');
    assert.equal(out.files[0].path, 'sub/b.agreement.md');
    const f = out.files[0].findings[0];
    assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'message', 'range', 'fixes']);
    assert.deepEqual(f.range, { start: { line: 5, character: 14 }, end: { line: 5, character: 23 } });
    assert.deepEqual(Object.keys(f.fixes[0]), ['title', 'kind', 'edits']);
    assert.equal(f.fixes[0].kind, 'fix');
    assert.deepEqual(f.fixes[0].edits[0], { range: f.range, newText: 'the Republic of Freedonia' });
    assert.deepEqual(out.files[0].findings[1].fixes, []);
    assert.equal(r.stderr, '');
  });

  test('SARIF 2.1.0 with rules, help URIs and regions', () => {
    const dir = tempDir('agreement-lint-cli');
    fs.writeFileSync(path.join(dir, 'c.agreement.md'), draft);
    const r = run(['--format', 'sarif', 'c.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'leftover-placeholder');
    assert.match(rule.helpUri, /docs\/rules\/leftover-placeholder\.md$/);
    assert.equal(run0.results.length, 2);
    const res = run0.results[0];
    assert.equal(res.ruleId, 'leftover-placeholder');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'leftover-placeholder');
    assert.equal(res.level, 'warning');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 6, startColumn: 15, endLine: 6, endColumn: 24 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'c.agreement.md');
  });

  test('--fix writes exactly the fix and leaves no temporary file', () => {
    const dir = tempDir('agreement-lint-cli');
    const file = path.join(dir, 'd.agreement.md');
    fs.writeFileSync(file, draft);
    const r = run(['--fix', 'd.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), draft.replace('[PARTNER]', 'the Republic of Freedonia'));
    assert.deepEqual(fs.readdirSync(dir), ['d.agreement.md']);
    assert.match(r.stdout, /\[DATE\]/);
    assert.match(r.stderr, /1 fix applied/);
  });

  test('--fix-suggestions repeats until no fix is left, so suggestions that wait on each other all land', () => {
    const dir = tempDir('agreement-lint-cli');
    const example = fs.readdirSync(examplesDir).find((f) => f.endsWith('.agreement.md'))!;
    const file = path.join(dir, example);
    fs.copyFileSync(path.join(examplesDir, example), file);
    const r = run(['--fix-suggestions', '--format', 'json', example], dir);
    assert.equal(r.code, 0, r.stderr);
    const left = JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.deepEqual(left.filter((id: string) => id !== 'leftover-placeholder'), []);
    const text = fs.readFileSync(file, 'utf8');
    // Two articles go in before the final provisions; both land, in one run.
    assert.match(text, /^## Article \d+ — Protection of Personal Data$/m);
    assert.match(text, /^## Article \d+ — Classified Information$/m);
  });

  test('--fix applies safe fixes only; --fix-suggestions, alone or with --fix, applies suggestions too', () => {
    // A safe fix (a placeholder the front matter names), and two suggestions: a reviewer comment
    // to delete and a made-up handling label to replace with the nearest TLP 2.0 label.
    const both = '---\npartner: the Republic of Freedonia\n---\n# Arrangement\n\nNotices go to [PARTNER]. {>>Check the address.<<}\n\nRecords are marked TLP:ORANGE.\n';
    const dir = tempDir('agreement-lint-cli');
    const file = path.join(dir, 'k.agreement.md');
    const json = JSON.parse(run(['--format', 'json', 'k.agreement.md'], (fs.writeFileSync(file, both), dir)).stdout);
    const kinds = json.files[0].findings.map((f: { ruleId: string; fixes: { kind: string }[] }) => `${f.ruleId}:${f.fixes.map((x) => x.kind).join(',')}`);
    assert.deepEqual(kinds, ['leftover-placeholder:fix', 'unresolved-comment:suggestion', 'nonstandard-handling-marking:suggestion']);

    const r = run(['--fix', 'k.agreement.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), both.replace('[PARTNER]', 'the Republic of Freedonia'));
    assert.match(r.stderr, /1 fix applied/);

    for (const flags of [['--fix-suggestions'], ['--fix', '--fix-suggestions']]) {
      fs.writeFileSync(file, both);
      const s = run([...flags, 'k.agreement.md'], dir);
      assert.equal(s.code, 0, s.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), '---\npartner: the Republic of Freedonia\n---\n# Arrangement\n\nNotices go to the Republic of Freedonia.\n\nRecords are marked TLP:AMBER.\n', flags.join(' '));
      assert.match(s.stderr, /3 fixes applied/);
    }
  });

  test('--fix puts a TLP 2.0 label spelt another way right; a made-up label waits for --fix-suggestions', () => {
    const text = '# Arrangement\n\nRecords are marked TLP: Amber, and files are marked TLP:ORANGE.\n';
    const dir = tempDir('agreement-lint-cli');
    const file = path.join(dir, 'm.agreement.md');
    fs.writeFileSync(file, text);
    run(['--fix', 'm.agreement.md'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), text.replace('TLP: Amber', 'TLP:AMBER'));
  });

  test('--fix-suggestions applies no suggestion after which the draft would have a new finding', () => {
    // A Safeguarding article goes in before the final provisions (Article 2 moves to 3, with the
    // reference to it); the paragraph numbers cited in Article 2 stay as they are, and the draft
    // read again has no finding it did not have before.
    const text = '---\npartner: the Republic of Freedonia\n---\n# Arrangement\n\n## Article 1 — Exchange\n\n1. The Participants exchange information on request, as Article 2 provides.\n\n## Article 2 — Entry into Force\n\n1. This Arrangement enters into force on signature; paragraph 1 and 2 of Article 1 apply from then.\n';
    const dir = tempDir('agreement-lint-cli');
    const file = path.join(dir, 'n.agreement.md');
    fs.writeFileSync(file, text);
    const before = JSON.parse(run(['--format', 'json', 'n.agreement.md'], dir).stdout).files[0].findings;
    run(['--fix-suggestions', 'n.agreement.md'], dir);
    const fixed = fs.readFileSync(file, 'utf8');
    const after = JSON.parse(run(['--format', 'json', 'n.agreement.md'], dir).stdout).files[0].findings;
    const key = (f: { ruleId: string; message: string }) => `${f.ruleId}|${f.message.replace(/[0-9]+/g, '#')}`;
    const had = before.map(key);
    for (const f of after) assert.ok(had.includes(key(f)), `new finding: ${key(f)}`);
    // The paragraph numbers were not renumbered with the article.
    assert.match(fixed, /^## Article 2 — Safeguarding/m);
    assert.match(fixed, /as Article 3 provides\./);
    assert.match(fixed, /paragraph 1 and 2 of Article 1 apply from then/);
  });

  test('--fix keeps a BOM and CRLF line endings', () => {
    const dir = tempDir('agreement-lint-cli');
    const file = path.join(dir, 'e.agreement.md');
    const crlf = '\uFEFF' + draft.replace(/\n/g, '\r\n');
    fs.writeFileSync(file, crlf);
    const r = run(['--fix', '--format', 'json', file], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), crlf.replace('[PARTNER]', 'the Republic of Freedonia'));
    // Positions do not count the BOM, as in an editor.
    assert.deepEqual(JSON.parse(r.stdout).files[0].findings[0].range.start, { line: 5, character: 43 });
  });

  test('exit 1 when a finding has error severity', () => {
    const dir = tempDir('agreement-lint-cli');
    fs.writeFileSync(path.join(dir, 'f.agreement.md'), '---\ntitle: "open\n---\nText.\n');
    const r = run(['f.agreement.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error invalid-front-matter/);
    assert.equal(run(['--rule', 'invalid-front-matter=warning', 'f.agreement.md'], dir).code, 0);
  });

  test('exit 2 with one line on stderr for usage and I/O errors', () => {
    const dir = tempDir('agreement-lint-cli');
    fs.writeFileSync(path.join(dir, 'bin.agreement.md'), Buffer.from([0x23, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'latin1.agreement.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    const cases: [string[], RegExp][] = [
      [[], /no files or folders given/],
      [['--format', 'xml', '.'], /unknown format "xml"/],
      [['--nope', '.'], /Unknown option '--nope'/],
      [['missing.agreement.md'], /cannot read .*missing\.agreement\.md/],
      [['bin.agreement.md'], /NUL bytes/],
      [['latin1.agreement.md'], /not valid UTF-8/],
      [['--rule', 'no-such-rule=off', '.'], /unknown rule "no-such-rule"/],
      [['--rule', 'leftover-placeholder=loud', '.'], /severity "loud"/],
    ];
    for (const [args, message] of cases) {
      const r = run(args, dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, message);
    }
  });

  test('--help and --version', () => {
    assert.match(run(['--help']).stdout, /^Usage: agreement-lint/);
    assert.match(run(['--help']).stdout, /--fix-suggestions +apply the suggestions too/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test('the bundled example is reviewed from the repository root', () => {
    const r = run(['--format', 'json', path.relative(repoRoot, examplesDir)]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.files.length >= 1);
    assert.ok(out.files.every((f: { path: string }) => f.path.startsWith('examples/')));
    assert.ok(out.files[0].findings.length > 0);
  });
});
