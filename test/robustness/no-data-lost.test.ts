/**
 * No data lost: `--fix` writes through a temporary file and a rename, refuses a file that changed
 * on disk since it was read (a race made deterministic with a preload that edits the file right
 * after the CLI reads it), and leaves the original intact when the write fails. Code-action edits
 * are exact: applied to the text, they give the same text as the CLI's --fix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { applyEdits } from '../../server/src/core/index.js';
import { CliError, readDraft, writeDraft } from '../../server/src/cli/files.js';
import { cliBin } from '../helpers/paths.js';
import { LspClient, withServer } from '../helpers/lsp-client.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-data-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const draft = '\uFEFF---\r\npartner: Freedonia\r\n---\r\n# Arrangement with [PARTNER] 😀\r\n\r\n## Article 1\r\n\r\n1. Notices go to [PARTNER].\r\n';

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));
}

describe('--fix never loses data', () => {
  test('a file changed between read and write is refused and left as it is (library level)', () => {
    const file = path.join(tmp, 'race.agreement.md');
    fs.writeFileSync(file, draft);
    const read = readDraft(file);
    fs.appendFileSync(file, '2. A line the drafter typed meanwhile.\r\n');
    const changed = fs.readFileSync(file, 'utf8');
    assert.throws(() => writeDraft(read, 'fixed text'), (e: unknown) => e instanceof CliError && /changed on disk/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), changed);
    assert.deepEqual(leftovers(tmp), []);
  });

  test('a file changed between read and write is refused by the CLI: one line, exit 2, the new text kept', () => {
    const file = path.join(tmp, 'cli-race.agreement.md');
    fs.writeFileSync(file, draft);
    // The preload lets the CLI read the draft once, then edits it on disk, as another editor would.
    const preload = path.join(tmp, 'race.cjs');
    fs.writeFileSync(
      preload,
      `'use strict';
const fs = require('fs');
const target = ${JSON.stringify(file)};
const read = fs.readFileSync;
let done = false;
fs.readFileSync = function (p, ...rest) {
  const out = read.call(fs, p, ...rest);
  if (!done && String(p) === target) { done = true; fs.appendFileSync(target, 'typed meanwhile\\r\\n'); }
  return out;
};
`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, cliBin, '--fix', file], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /changed on disk while it was being fixed; nothing was written/);
    assert.equal(fs.readFileSync(file, 'utf8'), `${draft}typed meanwhile\r\n`);
    assert.deepEqual(leftovers(tmp), []);
  });

  test('a failed write (rename refused) leaves the original intact and no temporary file', () => {
    const file = path.join(tmp, 'rename.agreement.md');
    fs.writeFileSync(file, draft);
    const preload = path.join(tmp, 'rename.cjs');
    fs.writeFileSync(preload, `'use strict';\nconst fs = require('fs');\nfs.renameSync = function () { const e = new Error('refused'); e.code = 'EACCES'; throw e; };\n`);
    const r = spawnSync(process.execPath, ['--require', preload, cliBin, '--fix', file], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot write .*EACCES/);
    assert.equal(fs.readFileSync(file, 'utf8'), draft);
    assert.deepEqual(leftovers(tmp), []);
  });

  test('a successful --fix keeps BOM, CRLF and mode, and changes only the fixed text', () => {
    const file = path.join(tmp, 'ok.agreement.md');
    fs.writeFileSync(file, draft, { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    const r = spawnSync(process.execPath, [cliBin, '--fix', file], { encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), draft.replace('with [PARTNER]', 'with Freedonia').replace('to [PARTNER]', 'to Freedonia'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(tmp), []);
  });
});

describe('code-action edits are exact', () => {
  test('each quick fix and the fix-all action, applied to the text, give exactly the expected text', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///ws/exact.agreement.md';
      const text = draft.slice(1);
      await client.open(uri, text);
      const diags = await client.diagnostics(uri, 1);
      type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
      type Action = { title: string; kind?: string; edit?: { documentChanges?: { textDocument: { version: number | null }; edits: Edit[] }[] } };
      const placeholders = diags.filter((d) => d.code === 'leftover-placeholder');
      assert.equal(placeholders.length, 2);
      for (const d of placeholders) {
        const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        const fill = actions.find((a) => a.title.includes('Freedonia'))!;
        const change = fill.edit!.documentChanges![0]!;
        assert.equal(change.textDocument.version, 1, 'edits are tied to the version they were computed for');
        const fixed = applyEdits(text, change.edits);
        const line = d.range.start.line;
        const expected = text.split('\r\n').map((l, i) => (i === line ? l.replace('[PARTNER]', 'Freedonia') : l)).join('\r\n');
        assert.equal(fixed, expected);
      }
      const all = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: [], only: ['source.fixAll'] } });
      const fixAll = all.find((a) => a.kind?.startsWith('source.fixAll'));
      assert.ok(fixAll, 'a fix-all action');
      const fixedAll = applyEdits(text, fixAll.edit!.documentChanges![0]!.edits);
      // The same edits as the CLI's --fix on the same file.
      const file = path.join(tmp, 'same.agreement.md');
      fs.writeFileSync(file, text);
      spawnSync(process.execPath, [cliBin, '--fix', file], { encoding: 'utf8' });
      assert.equal(fixedAll, fs.readFileSync(file, 'utf8'));
      assert.ok(!fixedAll.includes('[PARTNER]'));
    });
  });
});
