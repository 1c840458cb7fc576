/**
 * The language server over stdio, as an editor drives it: initialize, open, diagnostics, code
 * actions, applying the edit, rapid changes, settings, and scope.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applyEdits } from '../../server/src/core/index.js';
import { LspClient } from '../helpers/lsp-client.js';

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type Action = { title: string; kind?: string; isPreferred?: boolean; edit?: { documentChanges?: { textDocument: { uri: string; version: number | null }; edits: Edit[] }[] } };

const draft = `---
partner: the Republic of Freedonia
---
# Arrangement with [PARTNER]

## Article 1

1. Notices go to [PARTNER] at [ADDRESS].
`;

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  test('initialize answers with capabilities and server info', async () => {
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'agreement-lint');
    assert.ok(result.capabilities['codeActionProvider']);
    assert.equal(result.capabilities['textDocumentSync'], 2);
  });

  test('didOpen publishes diagnostics with rule id, doc link and source', async () => {
    const uri = 'file:///ws/a.agreement.md';
    await client.open(uri, draft);
    const diags = await client.diagnostics(uri, 1);
    assert.equal(diags.length, 3);
    const d = diags[0]!;
    assert.equal(d.code, 'leftover-placeholder');
    assert.equal(d.source, 'agreement-lint');
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/leftover-placeholder\.md$/);
    assert.deepEqual(d.range, { start: { line: 3, character: 19 }, end: { line: 3, character: 28 } });
    assert.equal(d.severity, 2);
  });

  test('a quick fix applied to the text clears its finding', async () => {
    const uri = 'file:///ws/b.agreement.md';
    await client.open(uri, draft);
    const diags = await client.diagnostics(uri, 1);
    const target = diags.find((d) => d.range.start.line === 7 && d.message.includes('[PARTNER]'))!;
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    });
    assert.equal(actions.length, 1);
    const action = actions[0]!;
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    const change = action.edit!.documentChanges![0]!;
    assert.equal(change.textDocument.version, 1);
    const fixed = applyEdits(draft, change.edits);
    assert.equal(fixed, draft.replace('to [PARTNER] at', 'to the Republic of Freedonia at'));
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.diagnostics(uri, 2);
    assert.equal(after.length, 2);
    assert.ok(!after.some((d) => d.range.start.line === 7 && d.message.includes('[PARTNER]')));
  });

  test('no fixes are offered for a stale version', async () => {
    const uri = 'file:///ws/c.agreement.md';
    await client.open(uri, draft);
    const diags = await client.diagnostics(uri, 1);
    await client.change(uri, 2, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'More text.\n' }]);
    await client.diagnostics(uri, 2);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0]!.range,
      context: { diagnostics: diags },
    });
    assert.deepEqual(actions, []);
  });

  test('diagnostics carry a small reference to their fixes, and a diagnostic that is not the published one gets none', async () => {
    const uri = 'file:///ws/c2.agreement.md';
    await client.open(uri, draft);
    const diags = await client.diagnostics(uri, 1);
    for (const d of diags) assert.deepEqual(Object.keys(d.data as object).sort(), ['index', 'version'], 'no fix text travels with a publication');
    const ask = (diagnostics: typeof diags) =>
      client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
    assert.ok((await ask([diags[0]!])).length > 0, 'the published diagnostic has its fix');
    const other = diags.find((d) => d.message !== diags[0]!.message)!;
    assert.deepEqual(await ask([{ ...diags[0]!, message: other.message }]), [], 'a changed message does not borrow another finding\'s fixes');
    assert.deepEqual(await ask([{ ...diags[0]!, data: { version: 1, index: 999 } }]), []);
    assert.deepEqual(await ask([{ ...diags[0]!, data: 'garbage' }]), []);
  });

  test('fix all applies every first fix', async () => {
    const uri = 'file:///ws/d.agreement.md';
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.agreementLint')!;
    assert.ok(fixAll, 'a fix-all action is offered');
    const fixed = applyEdits(draft, fixAll.edit!.documentChanges![0]!.edits);
    assert.equal(fixed.match(/the Republic of Freedonia/g)!.length, 3);
    assert.ok(fixed.includes('[ADDRESS]'));
  });

  test('fix all applies safe fixes only; a suggestion is a quick fix that is never preferred', async () => {
    const uri = 'file:///ws/d2.agreement.md';
    // A safe fix (the placeholder the front matter names) and two suggestions (a reviewer comment to
    // delete, a made-up label to replace with the nearest TLP 2.0 label).
    const mixed = '---\npartner: the Republic of Freedonia\n---\n# Arrangement\n\nNotices go to [PARTNER]. {>>Check the address.<<}\n\nRecords are marked TLP:ORANGE.\n';
    await client.open(uri, mixed);
    const diags = await client.diagnostics(uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['leftover-placeholder', 'unresolved-comment', 'nonstandard-handling-marking']);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.agreementLint')!;
    assert.ok(fixAll, 'a fix-all action is offered');
    assert.match(fixAll.title, /\(1\)/);
    assert.equal(applyEdits(mixed, fixAll.edit!.documentChanges![0]!.edits), mixed.replace('[PARTNER]', 'the Republic of Freedonia'));
    for (const d of diags.slice(1)) {
      const quick = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.equal(quick.length, 1, `${d.code} offers its suggestion as a quick fix`);
      assert.equal(quick[0]!.kind, 'quickfix');
      assert.notEqual(quick[0]!.isPreferred, true, 'a suggestion is never the preferred fix');
    }
    const safe = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: [diags[0]!] } });
    assert.equal(safe[0]!.isPreferred, true);
  });

  test('fix all is not offered when only suggestions remain', async () => {
    const uri = 'file:///ws/d3.agreement.md';
    await client.open(uri, '# Arrangement\n\nRecords are marked TLP:ORANGE. {>>Check.<<}\n');
    await client.diagnostics(uri, 1);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions, []);
  });

  test('50 rapid changes: only the final version is left with diagnostics', async () => {
    const uri = 'file:///ws/e.agreement.md';
    await client.open(uri, 'Start.\n');
    await client.diagnostics(uri, 1);
    let text = 'Start.\n';
    for (let v = 2; v <= 51; v++) {
      const insert = v % 2 === 0 ? `[P${v}]` : 'x';
      await client.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert }]);
      text = insert + text;
    }
    const final = await client.diagnostics(uri, 51);
    assert.equal(final.length, (text.match(/\[P\d+\]/g) ?? []).length);
    const mine = client.published.filter((p) => p.uri === uri);
    // Every publication names a version, versions never go backwards, and the last is the final one.
    const versions = mine.map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions);
    assert.equal(versions.at(-1), 51);
  });

  test('closing a draft clears its diagnostics', async () => {
    const uri = 'file:///ws/f.agreement.md';
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
    const before = client.published.length;
    await client.close(uri);
    await client.waitFor(() => client.published.slice(before).some((p) => p.uri === uri && p.diagnostics.length === 0));
  });

  test('plain Markdown is not reviewed unless included', async () => {
    const uri = 'file:///ws/notes.md';
    const marker = 'file:///ws/marker.agreement.md';
    await client.open(uri, draft, 'markdown');
    // A later agreement draft's diagnostics prove the Markdown file was passed over.
    await client.open(marker, 'On [DATE].\n');
    await client.diagnostics(marker, 1);
    assert.ok(!client.published.some((p) => p.uri === uri && p.diagnostics.length > 0));
  });
});

describe('settings', () => {
  test('per-rule severity and off, include globs, and a broken value reported once', async () => {
    const client = new LspClient({ rootPath: '/ws', settings: { rules: { 'leftover-placeholder': 'error' }, include: ['drafts/**/*.md'] } });
    try {
      await client.initialize();
      const uri = 'file:///ws/drafts/x.md';
      await client.open(uri, 'On [DATE].\n', 'markdown');
      const diags = await client.diagnostics(uri, 1);
      assert.equal(diags.length, 1);
      assert.equal(diags[0]!.severity, 1);

      client.settings = { debounceMs: 0, rules: { 'leftover-placeholder': 'off', 'no-such-rule': 'error' } };
      const count = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor(() => client.published.slice(count).some((p) => p.uri === uri));
      // With include gone, the Markdown file leaves review and its diagnostics are cleared.
      assert.deepEqual(client.published.at(-1)!.diagnostics, []);
      await client.waitFor(() => client.messages.some((m) => m.message.includes('no-such-rule')));

      const draftUri = 'file:///ws/y.agreement.md';
      await client.open(draftUri, 'On [DATE].\n');
      assert.deepEqual(await client.diagnostics(draftUri, 1), []);
      assert.equal(client.messages.filter((m) => m.type === 2 && m.message.includes('no-such-rule')).length, 1);
    } finally {
      await client.shutdown();
    }
  });
});
