/**
 * Bad inputs, each with a clear outcome: a diagnostic, a one-line CLI error with exit code 2, or a
 * normal review; never a crash or a hang. Core cases go through the same invariants as the property
 * tests (no throw, no rule error, ranges are real places, fixes are clean), for every registered rule.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import * as core from '../../server/src/core/index.js';
import { defuseForParser } from '../../server/src/core/parse-guard.js';
import { cliBin, examplesDir } from '../helpers/paths.js';
import { LspClient, withServer } from '../helpers/lsp-client.js';
import { checkInvariants } from '../property/invariants.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-bad-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], cwd = tmp): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Asserts a one-line error on stderr, exit code 2, and nothing on stdout. */
function assertOneLineError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `one line expected, got: ${r.stderr}`);
  assert.match(r.stderr, /^agreement-lint: /);
  assert.match(r.stderr, pattern);
}

/** A plausible 10 MB draft: many articles of long paragraphs, a placeholder in each. */
function tenMegabytes(): string {
  const sentence = 'Each Party designates a point of contact for requests under this Arrangement and informs the other Party of any change. ';
  let text = '---\npartner: Freedonia\n---\n# Arrangement\n\n';
  for (let n = 1; text.length < 10 * 1024 * 1024; n++) text += `## Article ${n}\n\n1. ${sentence.repeat(40)}[PARTNER]\n\n2. ${sentence.repeat(40)}\n\n`;
  return text;
}

const ruleIds = (fs: readonly core.Finding[]) => fs.map((f) => f.ruleId);

describe('bad inputs to the core', () => {
  test('an empty file gives no finding', () => {
    assert.deepEqual(checkInvariants(''), []);
  });

  test('only front matter, closed or not, is reviewed without error', () => {
    checkInvariants('---\ntitle: Arrangement\npartner: Freedonia\n---\n');
    checkInvariants('---\ntitle: Arrangement\n---');
    const unclosed = checkInvariants('---\ntitle: Arrangement\n');
    assert.ok(unclosed.some((f) => f.ruleId === 'invalid-front-matter' && /never closed/.test(f.message)));
  });

  test('malformed YAML is a diagnostic at the error, not a crash', () => {
    const text = '---\ntitle: "unclosed\npartner: [a, b\n---\n# Title\n';
    const findings = checkInvariants(text);
    const f = findings.find((x) => x.ruleId === 'invalid-front-matter');
    assert.ok(f, 'a front-matter finding');
    assert.ok(f.range.start.line >= 1 && f.range.start.line <= 3, `inside the front matter: ${JSON.stringify(f.range)}`);
  });

  test('front matter of the wrong types gives a diagnostic per key, and the review goes on', () => {
    const text = '---\ntitle: [1, 2]\nparties: Freedonia\ndata: 3\nclassification: {level: 2}\n---\n# Title\n\nDate: [DATE]\n';
    const findings = checkInvariants(text);
    const fm = findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.ok(fm.length >= 4, `one finding per wrongly typed key, got ${fm.map((f) => f.message).join(' | ')}`);
    assert.ok(ruleIds(findings).includes('leftover-placeholder'), 'the body is still reviewed');
    checkInvariants('---\n- a\n- list\n---\n');
    checkInvariants('---\nx: &a [*a, *a]\ny: *a\n---\n');
  });

  test('a 10 MB draft is analysed completely', () => {
    const findings = checkInvariants(tenMegabytes(), { maxFixes: 0, determinism: false });
    assert.ok(findings.filter((f) => f.ruleId === 'leftover-placeholder').length > 500);
  });

  test('a 200,000-character line is analysed, with the finding at its end', () => {
    const text = `# Title\n\n${'word '.repeat(40_000)}[DATE]\n`;
    const findings = checkInvariants(text, { maxFixes: 1 });
    const f = findings.find((x) => x.ruleId === 'leftover-placeholder')!;
    assert.deepEqual(f.range.start, { line: 2, character: 200_000 });
    checkInvariants('x'.repeat(200_000));
    // Brackets used to cost quadratic time (the parser and the reading-text scan); see parse-guard.ts.
    checkInvariants(`# T\n\n${'[ '.repeat(100_000)}`, { maxFixes: 1, determinism: false });
    checkInvariants(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, { maxFixes: 1, determinism: false });
    checkInvariants(`# T\n\n${'](x'.repeat(66_000)}`, { maxFixes: 1, determinism: false });
  });

  test('CRLF, lone CR and mixed line endings count lines as LSP does', () => {
    for (const eol of ['\r\n', '\r', 'mixed']) {
      const lines = ['---', 'partner: Freedonia', '---', '# Arrangement with [PARTNER]', '', '## Article 1', '', '1. Signed on [DATE].', ''];
      const text = eol === 'mixed' ? lines.map((l, i) => l + (i % 2 ? '\r\n' : '\n')).join('') : lines.join(eol);
      const findings = checkInvariants(text);
      const date = findings.find((f) => f.message.includes('[DATE]'))!;
      assert.deepEqual(date.range, { start: { line: 7, character: 13 }, end: { line: 7, character: 19 } }, `line endings ${JSON.stringify(eol)}`);
      const fill = findings.find((f) => f.message.includes('[PARTNER]'))!.fixes[0]!;
      const fixed = core.applyEdits(text, fill.edits);
      assert.equal(fixed.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length, 'a fix keeps the line count');
    }
  });

  test('a BOM is not part of the first line\'s front matter or heading', () => {
    const findings = checkInvariants('\uFEFF---\npartner: Freedonia\n---\n# With [PARTNER]\n');
    assert.ok(!ruleIds(findings).includes('invalid-front-matter'), 'the front matter after a BOM is read');
    assert.ok(findings.some((f) => f.ruleId === 'leftover-placeholder' && f.fixes.length > 0), 'and its values fill placeholders');
  });

  test('right-to-left and astral characters: positions count UTF-16 code units', () => {
    const text = '# \u202Eשלום مرحبا 😀𝔄 [DATE]\n\n1. 👩‍⚖️ sign \u200F[PARTNER] here.\n';
    const findings = checkInvariants(text);
    const date = findings.find((f) => f.message.includes('[DATE]'))!;
    assert.equal(date.range.start.character, text.split('\n')[0]!.indexOf('[DATE]'));
    // Lone surrogates and combining marks never put a position inside a pair.
    checkInvariants('# \uD83D [X] \uDE00\uD83D\uDE00 TBD \u0301\n');
  });

  test('1,000-deep nested lists and block quotes do not overflow the stack', () => {
    checkInvariants(`${'- '.repeat(1000)}deep item [DATE]\n`, { determinism: false });
    checkInvariants(`${'1. '.repeat(1000)}deep item\n`, { determinism: false });
    checkInvariants(`${'> '.repeat(1000)}deep quote [DATE]\n`, { determinism: false });
    checkInvariants(`${'>'.repeat(1000)} quote\n${'lazy continuation\n'.repeat(1000)}`, { determinism: false });
    checkInvariants(`${'> - '.repeat(500)}mixed\n`, { determinism: false });
    // Staircases: each line one level deeper (these took minutes before the parse guard).
    checkInvariants(Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}`).join('\n'), { determinism: false, maxFixes: 0 });
    checkInvariants(Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- item ${i} [X]`).join('\n'), { determinism: false, maxFixes: 0 });
  });

  test('the parse guard keeps every offset: same length, and ordinary drafts unchanged', () => {
    const example = fs.readFileSync(path.join(examplesDir, 'screening-information.agreement.md'), 'utf8');
    assert.equal(defuseForParser(example), example);
    for (const odd of [`${'- '.repeat(200)}x\n`, `${' '.repeat(500)}- x\n`, '[ '.repeat(5000), `a\r\n${'> '.repeat(100)}b\u2028c\n`]) {
      const d = defuseForParser(odd);
      assert.equal(d.length, odd.length);
      assert.notEqual(d, odd);
      assert.equal(d.replace(/[^\r\n]/g, ''), odd.replace(/[^\r\n]/g, ''), 'line breaks stay where they were');
    }
  });

  test('NUL bytes, controls, unclosed code fences, comments and CriticMarkup are text like any other', () => {
    checkInvariants('# T\u0000itle\n\n1. A\u0000B [DATE] \u0007\u001b[31m\n');
    checkInvariants('# T\n\n```\n## Article 1\n[DATE]\n');
    checkInvariants('# T\n\n<!-- never closed\n## Article 1\n[DATE]\n');
    checkInvariants('# T\n\n{++ open addition [DATE]\n\n## Article 1\n\n{~~ a ~> b\n');
    // Found by the fuzzer: a definition cut by lone CRs made the term-forms reader throw.
    checkInvariants('\rtion" means any data exchanged under this Agreement. as set out in Section 2\rtion" means any data.\r\n\n## Annex B\n\r\n~~~\n"Competent Authority" means an agency.\n~~~\r\n\n');
  });
});

describe('bad inputs to the CLI', () => {
  test('an empty file is reviewed: no finding, exit 0', () => {
    write('empty.agreement.md', '');
    const r = cli(['empty.agreement.md']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /0 findings/);
  });

  test('NUL bytes: one-line error, exit 2', () => {
    write('nul.agreement.md', Buffer.from('# Title\n\u0000\u0000binary\n', 'utf8'));
    assertOneLineError(cli(['nul.agreement.md']), /NUL bytes/);
  });

  test('invalid UTF-8: one-line error, exit 2', () => {
    write('latin1.agreement.md', Buffer.from([0x23, 0x20, 0x41, 0x63, 0x63, 0x6f, 0x72, 0x64, 0xe9, 0x0a, 0xff, 0xfe, 0x0a]));
    assertOneLineError(cli(['latin1.agreement.md']), /not valid UTF-8/);
  });

  test('a draft over --max-size: one-line error, exit 2; a bad --max-size value too', () => {
    write('big.agreement.md', `# Big\n\n${'Text of the draft. '.repeat(10_000)}\n`);
    assertOneLineError(cli(['--max-size', '64', 'big.agreement.md']), /larger than the 64 KB/);
    assertOneLineError(cli(['--max-size', 'lots', 'big.agreement.md']), /--max-size takes a number/);
    assert.equal(cli(['--max-size', '1024', 'big.agreement.md']).code, 0);
  });

  test('a missing file, a folder without drafts, and an unknown option: one line each', () => {
    assertOneLineError(cli(['no-such.agreement.md']), /no such file/);
    assertOneLineError(cli(['--frobnicate', 'x']), /see --help/);
    fs.mkdirSync(path.join(tmp, 'nothing-here'), { recursive: true });
    const r = cli(['nothing-here']);
    assert.equal(r.code, 0, r.stderr);
  });

  test('BOM and CRLF survive --fix byte for byte outside the fixed text', () => {
    const text = '\uFEFF---\r\npartner: Freedonia\r\n---\r\n# With [PARTNER]\r\n';
    const file = write('bom.agreement.md', text);
    const r = cli(['--fix', 'bom.agreement.md']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), text.replace('[PARTNER]', 'Freedonia'));
  });

  test('malformed front matter: a diagnostic with exit 1, not a crash', () => {
    write('yaml.agreement.md', '---\ntitle: "unclosed\n---\n# T\n');
    const r = cli(['--format', 'json', 'yaml.agreement.md']);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as unknown;
    assert.match(JSON.stringify(out), /invalid-front-matter/);
  });
});

/** A workspace whose team template folder holds every kind of broken template, and one good one. */
function brokenTemplateWorkspace(): string {
  const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const dir = path.join(ws, '.agreement-lint', 'clauses');
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string | Buffer> = {
    'no-front-matter.md': 'Just a clause without any header.\n',
    'malformed-yaml.md': '---\nid: "unclosed\ntitle: [a, b\n---\nBody.\n',
    'wrong-types.md': '---\nid: 42\ntitle: [1]\nversion: yes\nkind: poem\nfixes: over-restricted-dissemination\nplaceholders: {a: 1}\n---\nBody {{NOT DECLARED}}.\n',
    'unclosed.md': '---\nid: unclosed\ntitle: Never closed\n',
    'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe, 0x00, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]),
    'empty.md': '',
    // Looks like code, but a template is data: it is filled as text and never run.
    'looks-like-code.md': '---\nid: looks-like-code\ntitle: Looks like code\nversion: 1.0.0\nkind: clause\nfixes: []\nplaceholders: []\n---\n${process.exit(7)} {{constructor}} {{__proto__}} <script>alert(1)</script> `rm -rf /`\n',
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.mkdirSync(path.join(dir, 'a-folder.md'));
  fs.writeFileSync(path.join(ws, 'draft.agreement.md'), '# Arrangement\n\n## Article 1\n\n1. Notices go to [PARTNER].\n');
  return ws;
}

describe('broken clause templates', () => {
  test('the CLI names each broken template on one line, skips it, and still reviews', () => {
    const ws = brokenTemplateWorkspace();
    const r = cli(['--format', 'json', 'draft.agreement.md'], ws);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    const warnings = r.stderr.split('\n').filter(Boolean);
    for (const name of ['no-front-matter.md', 'malformed-yaml.md', 'wrong-types.md', 'unclosed.md', 'binary.md', 'empty.md']) {
      assert.ok(warnings.some((w) => w.includes(name)), `${name} is named: ${r.stderr}`);
    }
    assert.ok(warnings.every((w) => w.startsWith('agreement-lint: warning: clause template')), r.stderr);
    assert.match(r.stdout, /leftover-placeholder/, 'the draft was reviewed');
  });

  test('a template that looks like code is only ever text', () => {
    const ws = brokenTemplateWorkspace();
    const parsed = core.parseTemplates([{ origin: 'looks-like-code.md', text: fs.readFileSync(path.join(ws, '.agreement-lint', 'clauses', 'looks-like-code.md'), 'utf8') }]);
    const t = parsed.templates.find((x) => x.id === 'looks-like-code');
    if (t) {
      const filled = core.fillTemplate(t, core.buildModel('# T\n').frontMatter, {}, '\n');
      assert.match(filled, /\$\{process\.exit\(7\)\}/, 'kept as text');
    }
    const r = cli(['draft.agreement.md'], ws);
    assert.notEqual(r.code, 7, 'nothing in the template ran');
    // Placeholder names are looked up as the template's own data, never on Object.prototype.
    const raw: core.ClauseTemplate = { id: 'x', title: 'X', version: '1.0.0', kind: 'clause', fixes: [], placeholders: [], origin: 'x.md', body: '{{constructor}} and {{toString}} and {{__proto__}}' };
    assert.equal(core.fillTemplate(raw, core.buildModel('# T\n').frontMatter, {}, '\n'), '[constructor] and [toString] and {{__proto__}}');
  });

  test('template parsing never throws on generated garbage', () => {
    for (let i = 0; i < 300; i++) {
      const parts = ['---\n', 'id: x\n', 'title: T\n', 'version: 1.0.0\n', 'kind: clause\n', 'fixes: []\n', 'placeholders: [A]\n', '---\n', '{{A}}', '{{', '}}', '\u0000', '\uD800', ': ', '[', '- ', '\r\n', 'défaut'];
      let text = '';
      let x = i * 7919 + 1;
      for (let j = 0; j < 20; j++) {
        x = (x * 48271) % 2147483647;
        text += parts[x % parts.length];
      }
      assert.doesNotThrow(() => core.parseTemplates([{ origin: `gen-${i}.md`, text }]));
    }
  });
});

describe('bad inputs to the language server', () => {
  test('a broken settings value is reported once and the defaults are used', async () => {
    await withServer({ settings: { include: 5, debounceMs: 'soon', maxFileSizeKB: -3, rules: { 'leftover-placeholder': 'purple', 'no-such-rule': 'off' } } }, async (client) => {
      const uri = 'file:///ws/settings.agreement.md';
      await client.open(uri, '# T\n\n[DATE]\n');
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.some((d) => d.code === 'leftover-placeholder'), 'reviewed with the default severity');
      await client.change(uri, 2, [{ text: '# T\n\n[DATE] and TBD\n' }]);
      await client.diagnostics(uri, 2);
      const said = client.messages.map((m) => m.message).join('\n');
      for (const key of ['include', 'debounceMs', 'maxFileSizeKB', 'rules']) assert.match(said, new RegExp(`agreementLint\\.${key}`), `${key} reported`);
      const once = client.messages.filter((m) => m.type === 2 && /maxFileSizeKB/.test(m.message) && !m.message.startsWith('Agreement Lint:'));
      assert.equal(once.length, 1, 'each problem is logged once');
    });
  });

  test('a draft over agreementLint.maxFileSizeKB gets one information diagnostic saying why', async () => {
    await withServer({ settings: { maxFileSizeKB: 64 } }, async (client) => {
      const uri = 'file:///ws/too-large.agreement.md';
      const big = `# Big\n\n${'[DATE] '.repeat(20_000)}\n`;
      await client.open(uri, big);
      const diags = await client.diagnostics(uri, 1);
      assert.equal(diags.length, 1);
      assert.equal(diags[0]!.severity, 3);
      assert.equal(diags[0]!.code, 'draft-too-large');
      assert.match(diags[0]!.message, /too large|more than the 64 KB/);
      assert.match(diags[0]!.message, /agreementLint\.maxFileSizeKB/);
      // Cut below the limit, it is reviewed again.
      await client.change(uri, 2, [{ text: '# Small\n\n[DATE]\n' }]);
      const after2 = await client.diagnostics(uri, 2);
      assert.deepEqual(after2.map((d) => d.code), ['leftover-placeholder']);
    });
  });

  test('a 10 MB draft is not analysed at the default limit: one diagnostic, quickly', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///ws/ten-megabytes.agreement.md';
      await client.open(uri, tenMegabytes());
      const diags = await client.diagnostics(uri, 1);
      assert.deepEqual(diags.map((d) => d.code), ['draft-too-large']);
      assert.match(diags[0]!.message, /more than the 4096 KB/);
    });
  });

  test('broken team templates in the workspace are reported and the review goes on', async () => {
    const ws = brokenTemplateWorkspace();
    await withServer({ rootPath: ws }, async (client) => {
      const uri = pathToFileURL(path.join(ws, 'draft.agreement.md')).href;
      await client.open(uri, fs.readFileSync(path.join(ws, 'draft.agreement.md'), 'utf8'));
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.some((d) => d.code === 'leftover-placeholder'));
      await client.waitFor(() => client.messages.some((m) => m.message.includes('malformed-yaml.md')), 'a message naming the broken template');
    });
  });

  test('invalid UTF-16 (lone surrogates) and NUL in an open document are reviewed', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///ws/odd.agreement.md';
      await client.open(uri, '# \uD83D odd \u0000 [DATE]\r\n\r\n1. \uDE00 TBD\n');
      const diags = await client.diagnostics(uri, 1);
      assert.equal(diags.filter((d) => d.code === 'leftover-placeholder').length, 2);
    });
  });
});
