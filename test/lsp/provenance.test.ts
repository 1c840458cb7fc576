/**
 * Clause provenance over stdio, as an editor meets it: the finding on a drifted standard clause,
 * the "Restore the approved text" code action applied, the hover with the difference, and a
 * completion after a list marker that puts the provenance marker on a line of its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applyEdits, LineIndex } from '../../server/src/core/index.js';
import { LspClient } from '../helpers/lsp-client.js';

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
type Action = { title: string; kind?: string; isPreferred?: boolean; edit: { documentChanges: { textDocument: { version: number }; edits: { range: Range; newText: string }[] }[] } };
type Item = { label: string; textEdit?: { range: Range; newText: string }; additionalTextEdits?: { range: Range; newText: string }[] };

const approved =
  'The receiving Party may keep information received under this Arrangement for as long as it is needed for the purposes for which it may be used under this Arrangement, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.';
const draft = `---
title: Arrangement on Screening
type: arrangement
---

# Arrangement on Screening

## Article 1 — Retention

<!-- clause: balanced-retention@1.0.0 -->
1. ${approved.replace('for as long as it is needed for the purposes for which it may be used under this Arrangement', 'for ninety days')}

## Article 2 — Contacts

1. Each Party names a contact office.
2. 
`;

describe('clause provenance over stdio', () => {
  let client: LspClient;
  const uri = 'file:///ws/provenance.agreement.md';
  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.open(uri, draft);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  test('a drifted clause is an information finding; its restore action brings back the approved text', async () => {
    const diags = await client.diagnostics(uri, 1);
    const d = diags.find((x) => x.code === 'clause-provenance');
    assert.ok(d, `diagnostics: ${diags.map((x) => x.code).join(', ')}`);
    assert.equal(d.severity, 3, 'information');
    assert.match(d.message, /Article 1\(1\) was inserted as the standard clause "Retention of received information" \(balanced-retention@1\.0\.0\)/);
    assert.match(d.codeDescription!.href, /docs\/rules\/clause-provenance\.md$/);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const restore = actions.find((a) => a.title.startsWith('Restore the approved text'));
    assert.ok(restore, `actions: ${actions.map((a) => a.title).join('; ')}`);
    assert.notEqual(restore.isPreferred, true, 'a suggestion is never the preferred action');
    const change = restore.edit.documentChanges[0]!;
    assert.equal(change.textDocument.version, 1);
    const fixed = applyEdits(draft, change.edits);
    assert.ok(fixed.includes(`<!-- clause: balanced-retention@1.0.0 -->\n1. ${approved}\n`));
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.diagnostics(uri, 2);
    assert.equal(after.filter((x) => x.code === 'clause-provenance').length, 0);
    await client.change(uri, 3, [{ text: draft }]);
    await client.diagnostics(uri, 3);
  });

  test('hover over the drifted clause shows the difference from the approved text', async () => {
    const index = new LineIndex(draft);
    const h = await client.request<{ contents: { kind: string; value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: index.position(draft.indexOf('ninety days') + 2) });
    assert.ok(h);
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /^\*\*Changed from the approved text\*\* of "Retention of received information" \(balanced-retention@1\.0\.0\)\./);
    assert.match(h.contents.value, /\*\*ninety days\*\*/);
    assert.match(h.contents.value, /~~[^~]*as long as it is needed[^~]*~~/);
  });

  test('a clause completed after a list marker gets its provenance marker on the line before', async () => {
    const index = new LineIndex(draft);
    const line = index.position(draft.indexOf('2. \n')).line;
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 3 } });
    const item = items.find((i) => i.label === 'Retention of received information');
    assert.ok(item, `items: ${items.map((i) => i.label).join(', ')}`);
    assert.ok(item.textEdit!.newText.startsWith('The receiving Party may keep'), 'the text after the list marker is the clause alone');
    assert.deepEqual(item.additionalTextEdits?.[0], { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '<!-- clause: balanced-retention@1.0.0 -->\n' });
  });
});
