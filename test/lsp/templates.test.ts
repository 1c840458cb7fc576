/**
 * Standard clauses over stdio: completion by title and id, filled from the draft's front matter;
 * the `agreementLint/templates` request behind the insert command; team templates from the
 * workspace folder, re-read when one changes; a broken team template reported once by file and
 * field; and fixes proposed as tracked changes when the setting asks for it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../helpers/lsp-client.js';

type Item = { label: string; detail?: string; filterText?: string; kind?: number; textEdit?: { range: unknown; newText: string } };
type Listed = { id: string; title: string; kind: string; origin: string; text: string };

const draft = `---
title: Arrangement on Screening
type: arrangement
partner: the Republic of Freedonia
parties:
  - name: Government of the United States of America
    short: the United States
  - name: Government of the Republic of Freedonia
    short: Freedonia
handling: TLP:GREEN
---

# Arrangement on Screening

## Article 1 — Exchange

1. The Parties shall exchange names and dates of birth of known or suspected terrorists.

## Article 2 — Use

1. Information received under this Arrangement shall not be disseminated to any other agency under any circumstances.


## Article 3 — Entry into Force

This Arrangement enters into force on signature.
`;

const notices = (title: string) => `---
id: notices
title: ${title}
version: 1.0.0
kind: clause
fixes: []
placeholders: [PARTNER, HANDLING]
---
Notices under this Arrangement go to {{PARTNER}} and carry the label {{HANDLING}}.
`;

describe('standard clauses over stdio', () => {
  let dir: string;
  let client: LspClient;
  let uri: string;
  const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-templates-'));
    fs.mkdirSync(path.join(dir, '.agreement-lint', 'clauses'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'notices.md'), notices('Notices to the partner'));
    fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'broken.md'), notices('Broken').replace('id: notices', 'id: broken').replace('kind: clause', 'kind: paragraph'));
    uri = pathToFileURL(path.join(dir, 'screening.agreement.md')).href;
    client = new LspClient({
      rootPath: dir,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
    const init = await client.initialize();
    assert.ok(init.capabilities['completionProvider'], 'the server offers completion');
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
  });

  after(async () => {
    assert.equal(await client.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('completion on an empty line offers every standard clause, filled from the front matter', async () => {
    const at = { line: line(draft, '## Article 3') - 1, character: 0 };
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at });
    const byTitle = new Map(items.map((i) => [i.label, i]));
    const balanced = byTitle.get('Balanced dissemination and use');
    assert.ok(balanced, `items: ${items.map((i) => i.label).join(', ')}`);
    assert.match(balanced.detail!, /balanced-dissemination/);
    assert.match(balanced.filterText!, /balanced-dissemination/);
    assert.match(balanced.textEdit!.newText, /^<!-- clause: balanced-dissemination@1\.1\.0 -->\nThe receiving Party may use information received under this Arrangement for counterterrorism/);
    assert.match(balanced.textEdit!.newText, /which is TLP:GREEN unless/);
    const article = byTitle.get('Protection of Personal Data')!;
    assert.match(article.textEdit!.newText, /^## Article 3 — Protection of Personal Data\n\n<!-- clause: protection-of-personal-data@1\.0\.0 -->\n1\. /, 'numbered after the article the cursor is in');
    const renumbered = (article as Item & { additionalTextEdits?: { range: { start: { line: number } }; newText: string }[] }).additionalTextEdits;
    assert.deepEqual(renumbered?.map((e) => [e.range.start.line, e.newText]), [[line(draft, '## Article 3'), '4']], 'the article after it becomes Article 4');
    const team = byTitle.get('Notices to the partner');
    assert.ok(team, 'the team template is offered');
    assert.equal(team.textEdit!.newText, '<!-- clause: notices@1.0.0 -->\nNotices under this Arrangement go to the Republic of Freedonia and carry the label TLP:GREEN.');
    assert.match(team.detail!, /\.agreement-lint\/clauses\/notices\.md/);
    assert.equal(byTitle.has('Broken'), false, 'a broken template is not offered');
  });

  test('a word typed at the start of a line is replaced by the clause', async () => {
    const l = line(draft, '## Article 3') - 1;
    await client.change(uri, 2, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: 0 } }, text: 'balanced' }]);
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: 8 } });
    const item = items.find((i) => i.label === 'Balanced dissemination and use')!;
    assert.deepEqual(item.textEdit!.range, { start: { line: l, character: 0 }, end: { line: l, character: 8 } });
    assert.ok(item.filterText!.startsWith('balanced-dissemination'), 'an id typed is matched on the id');
    await client.change(uri, 3, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: 8 } }, text: '' }]);
  });

  test('the first word of an ordinary paragraph does not open the list', async () => {
    const l = line(draft, '## Article 3') - 1;
    await client.change(uri, 4, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: 0 } }, text: 'The' }]);
    const none = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: 3 } });
    assert.equal(none.filter((i) => i.detail?.includes('standard')).length, 0);
    await client.change(uri, 5, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: 3 } }, text: 'Priv' }]);
    const some = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: 4 } });
    assert.ok(some.some((i) => i.label === 'Privacy element: onward transfer'), 'a title word or an id prefix finds the clause');
    assert.equal(some.some((i) => i.label === 'Balanced dissemination and use'), false);
    await client.change(uri, 6, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: 4 } }, text: '' }]);
  });

  test('no clause completion in the middle of a sentence', async () => {
    const l = line(draft, '1. The Parties shall exchange');
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: l, character: 30 } });
    assert.equal(items.filter((i) => i.label === 'Balanced dissemination and use').length, 0);
  });

  test('a broken team template is reported once, naming the file and the field', async () => {
    await client.waitFor(() => client.messages.some((m) => m.message.includes('broken.md')), 'the warning about broken.md');
    // The log line (the pop-up is a window/showMessageRequest with the same text, answered by the test client).
    const shown = client.messages.filter((m) => m.type === 2 && m.message.includes('broken.md'));
    assert.equal(shown.length, 1, 'reported once, not once per review');
    assert.match(shown[0]!.message, /\.agreement-lint\/clauses\/broken\.md \(field "kind", line 5\): The field "kind" should be one of article, clause or element/);
  });

  test('agreementLint/templates lists built-in and team templates, filled for the draft', async () => {
    const list = await client.request<Listed[]>('agreementLint/templates', { uri });
    assert.ok(list.length >= 26);
    const team = list.find((t) => t.id === 'notices')!;
    assert.equal(team.origin, '.agreement-lint/clauses/notices.md');
    assert.equal(team.text, '<!-- clause: notices@1.0.0 -->\nNotices under this Arrangement go to the Republic of Freedonia and carry the label TLP:GREEN.');
    assert.equal(list.find((t) => t.id === 'classified-information-annex')!.text.split('\n')[0], '## Annex A — Security of Classified Information');
    assert.deepEqual(await client.request<Listed[]>('agreementLint/templates', { uri: 'file:///nowhere.agreement.md' }), []);
  });

  test('a draft outside every workspace folder uses the templates of the nearest folder above it', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-templates-other-'));
    try {
      fs.mkdirSync(path.join(other, '.agreement-lint', 'clauses'), { recursive: true });
      fs.mkdirSync(path.join(other, 'drafts'));
      fs.writeFileSync(path.join(other, '.agreement-lint', 'clauses', 'outside.md'), notices('Outside notices').replace('id: notices', 'id: outside-notices'));
      const outside = pathToFileURL(path.join(other, 'drafts', 'x.agreement.md')).href;
      await client.open(outside, draft);
      const list = await client.request<Listed[]>('agreementLint/templates', { uri: outside });
      assert.equal(list.find((t) => t.id === 'outside-notices')?.title, 'Outside notices');
      assert.equal(list.find((t) => t.id === 'notices'), undefined, 'not the templates of the workspace folder');
      await client.close(outside);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test('a changed team template is read again', async () => {
    fs.writeFileSync(path.join(dir, '.agreement-lint', 'clauses', 'notices.md'), notices('Notices, revised'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(dir, '.agreement-lint', 'clauses', 'notices.md')).href, type: 2 }],
    });
    const list = await client.request<Listed[]>('agreementLint/templates', { uri });
    assert.equal(list.find((t) => t.id === 'notices')!.title, 'Notices, revised');
    assert.equal(client.messages.filter((m) => m.type === 2 && m.message.includes('broken.md')).length, 1, 'the still-broken file is not reported again');
  });

  test('with fixes.asTrackedChanges, quick fixes are proposed as CriticMarkup', async () => {
    client.settings = { ...client.settings, fixes: { asTrackedChanges: true } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const v = 7;
    await client.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const diags = await client.diagnostics(uri, v);
    const restriction = diags.find((d) => d.code === 'over-restricted-dissemination');
    assert.ok(restriction, `diagnostics: ${diags.map((d) => d.code).join(', ')}`);
    type Action = { title: string; edit: { documentChanges: { edits: { newText: string }[] }[] } };
    const fixes = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: restriction.range,
      context: { diagnostics: [restriction], only: ['quickfix'] },
    });
    assert.ok(fixes.length > 0);
    for (const f of fixes) {
      assert.match(f.title, /as a tracked change/);
      // The provenance marker is no text of the draft: written plainly, never as a tracked change.
      for (const e of f.edit.documentChanges[0]!.edits) assert.match(e.newText, /\{(?:\+\+|~~)|^<!-- clause: [a-z-]+@[0-9.]+ -->\n$/);
      assert.ok(f.edit.documentChanges[0]!.edits.some((e) => /\{(?:\+\+|~~)/.test(e.newText)));
    }
  });
});
