/**
 * The editor features over stdio, as an editor asks for them: outline, folding, hover, go to
 * definition, find references, rename (and its refusal), completion and the finding-count lens.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applyEdits, LineIndex } from '../../server/src/core/index.js';
import { LspClient } from '../helpers/lsp-client.js';

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
type Symbol = { name: string; detail?: string; kind: number; range: Range; selectionRange: Range; children?: Symbol[] };
type Item = { label: string; detail?: string; textEdit?: { range: Range; newText: string } };

const draft = `---
title: Arrangement on Watchlist Records
parties: [Alpha, Beta]
---

# Arrangement on the Exchange of Watchlist Records

## Preamble

The Government of Alpha and the Government of Beta (hereinafter "the Parties") have agreed as follows.

## Article 1 — Definitions

For the purposes of this Arrangement:

1. "Watchlist Record" means an entry on the screening list of a Party.
2. "Receiving Party" means the Party that receives a Watchlist Record.

## Article 2 — Exchange

1. Each Party shall give the other Party access to its Watchlist Records.
2. The Receiving Party shall use a Watchlist Record as set out in Article 3:
   (a) for screening at the border; and
   (b) for visa decisions.

## Article 3 — Use

The Receiving Party may use Watchlist Records under paragraph 2 of Article 2 and Article 2(2)(a), and Annex A applies from [DATE].

## Annex A — Contacts

Each Party names a contact office.
`;

const index = new LineIndex(draft);
/** Position of the `k`-th character of the `n`-th occurrence of `needle`. */
function at(needle: string, k = 0, n = 1, text = draft): Position {
  let i = -1;
  for (let j = 0; j < n; j++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" is in the draft`);
  return (text === draft ? index : new LineIndex(text)).position(i + k);
}
function slice(range: Range, text = draft): string {
  const ix = text === draft ? index : new LineIndex(text);
  const s = ix.span(range);
  return text.slice(s.start, s.end);
}

describe('editor features over stdio', () => {
  let client: LspClient;
  const uri = 'file:///ws/features.agreement.md';
  const doc = { textDocument: { uri } };
  before(async () => {
    client = new LspClient();
    const init = await client.initialize();
    for (const cap of ['documentHighlightProvider', 'semanticTokensProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'codeLensProvider', 'completionProvider']) {
      assert.ok(init.capabilities[cap], `the server offers ${cap}`);
    }
    assert.deepEqual(init.capabilities['renameProvider'], { prepareProvider: true });
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  test('the outline lists the units with their sub-headings and definitions', async () => {
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', doc);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Front matter', 'Arrangement on the Exchange of Watchlist Records', 'Preamble', 'Article 1 — Definitions', 'Article 2 — Exchange', 'Article 3 — Use', 'Annex A — Contacts'],
    );
    const art1 = symbols[3]!;
    assert.equal(art1.detail, 'Article 1');
    assert.deepEqual(art1.children!.map((c) => c.name), ['Watchlist Record', 'Receiving Party']);
    assert.equal(slice(art1.children![0]!.selectionRange), 'Watchlist Record');
    assert.deepEqual(art1.range.start, at('## Article 1'));
    assert.equal(art1.range.end.line, at('2. "Receiving Party"').line);
    assert.deepEqual(symbols[2]!.children!.map((c) => c.name), ['Parties']);
    assert.equal(symbols[6]!.kind, 4, 'an Annex is a package, an Article a module');
    assert.equal(art1.kind, 2);
  });

  test('folding covers the front matter, each unit and the lists of clauses', async () => {
    const ranges = await client.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', doc);
    const has = (start: number, end: number) => ranges.some((r) => r.startLine === start && r.endLine === end);
    assert.ok(has(0, 3), 'front matter');
    assert.ok(has(at('## Article 2').line, at('(b) for visa').line), 'Article 2');
    assert.ok(has(at('1. Each Party').line, at('(b) for visa').line), 'the list of clauses of Article 2');
    assert.ok(has(at('2. The Receiving').line, at('(b) for visa').line), 'a clause with its sub-paragraphs');
    assert.ok(has(at('## Annex A').line, at('Each Party names').line), 'Annex A');
    assert.equal(new Set(ranges.map((r) => r.startLine)).size, ranges.length, 'one range per start line');
  });

  test('hover on a defined term shows its definition', async () => {
    const h = await client.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', { ...doc, position: at('Watchlist Records under', 3) });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /\*\*Watchlist Record\*\*: defined term \(Article 1\(1\)/);
    assert.match(h.contents.value, /an entry on the screening list of a Party/);
    assert.equal(slice(h.range), 'Watchlist Records');
  });

  test('hover on a cross-reference shows the text it points to', async () => {
    const h = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', { ...doc, position: at('Article 2(2)(a)', 9) });
    assert.match(h.contents.value, /Article 2\(2\)\(a\)/);
    assert.match(h.contents.value, /for screening at the border/);
    assert.equal(slice(h.range), 'Article 2(2)(a)');
    const annex = await client.request<{ contents: { value: string } }>('textDocument/hover', { ...doc, position: at('Annex A applies', 2) });
    assert.match(annex.contents.value, /Annex A — Contacts[\s\S]*names a contact office/);
    const none = await client.request<unknown>('textDocument/hover', { ...doc, position: at('visa decisions', 2) });
    assert.equal(none, null);
  });

  test('hover on a restriction shows how it was read, flagged or calibrated', async () => {
    const other = 'file:///ws/reading.agreement.md';
    const text = '# Arrangement\n\n## Article 4 — Use\n\n1. The Receiving Party may pass records on to other authorities only with the prior approval of the supplying Party.\n2. Records shall not be disclosed to another nation without the consent of the supplying Party.\n3. Each Party names a contact office.\n';
    await client.open(other, text);
    await client.diagnostics(other, 1);
    const hover = (needle: string) => client.request<{ contents: { kind: string; value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: other }, position: at(needle, 2, 1, text) });
    const over = (await hover('pass records'))!;
    assert.equal(over.contents.kind, 'markdown');
    assert.match(over.contents.value, /Dissemination reading of Article 4\(1\)/);
    assert.match(over.contents.value, /recipients kept out: other authorities of the receiving government/);
    assert.match(over.contents.value, /condition: prior consent of the supplying Party/);
    assert.match(over.contents.value, /deciding words: "only with the prior approval of the supplying Party"/);
    assert.match(over.contents.value, /verdict: over-restrictive/);
    assert.match(slice(over.range, text), /^The Receiving Party may pass records on/);
    const calibrated = (await hover('disclosed to another'))!;
    assert.match(calibrated.contents.value, /recipients kept out: third states or international bodies/);
    assert.match(calibrated.contents.value, /verdict: calibrated \(consent only for disclosure outside the receiving government/);
    assert.equal(await hover('names a contact'), null);
  });

  test('go to definition leads from a use to the definition and from a reference to its target', async () => {
    const term = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', { ...doc, position: at('Receiving Party may', 4) });
    assert.equal(term.length, 1);
    assert.equal(term[0]!.uri, uri);
    assert.deepEqual(term[0]!.range.start, at('Receiving Party" means'));
    const article = await client.request<{ range: Range }[]>('textDocument/definition', { ...doc, position: at('Article 3:', 8) });
    assert.equal(slice(article[0]!.range), '## Article 3 — Use');
    const paragraph = await client.request<{ range: Range }[]>('textDocument/definition', { ...doc, position: at('paragraph 2 of', 1) });
    assert.equal(slice(paragraph[0]!.range), 'The Receiving Party shall use a Watchlist Record as set out in Article 3:');
  });

  test('find references lists every use of a term, and every reference to an Article', async () => {
    const refs = await client.request<{ range: Range }[]>('textDocument/references', { ...doc, position: at('"Watchlist Record"', 2), context: { includeDeclaration: true } });
    const texts = refs.map((r) => slice(r.range));
    assert.ok(texts.length >= 5, `declaration and uses: ${texts.join(', ')}`);
    for (const t of texts) assert.match(t, /^Watchlist Records?$/);
    const without = await client.request<{ range: Range }[]>('textDocument/references', { ...doc, position: at('"Watchlist Record"', 2), context: { includeDeclaration: false } });
    assert.equal(without.length, refs.length - 1);
    const toArticle2 = await client.request<{ range: Range }[]>('textDocument/references', { ...doc, position: at('## Article 2', 5), context: { includeDeclaration: false } });
    assert.deepEqual(toArticle2.map((r) => slice(r.range)), ['paragraph 2 of Article 2', 'Article 2(2)(a)']);
  });

  test('document highlights mark a term where defined and where used', async () => {
    const marks = await client.request<{ range: Range; kind: number }[]>('textDocument/documentHighlight', { ...doc, position: at('Receiving Party may', 2) });
    assert.deepEqual(marks.map((h) => [slice(h.range), h.kind]), [['Receiving Party', 3], ['Receiving Party', 2], ['Receiving Party', 2]]);
  });

  test('rename changes a defined term at its definition and every use, keeping plurals', async () => {
    const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { ...doc, position: at('Watchlist Record as set', 2) });
    assert.equal(prep.placeholder, 'Watchlist Record');
    const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', {
      ...doc,
      position: at('Watchlist Record as set', 2),
      newName: 'Screening Entry',
    });
    const after = applyEdits(draft, edit.changes[uri]!);
    assert.match(after, /1\. "Screening Entry" means an entry/);
    assert.match(after, /access to its Screening Entries\./);
    assert.match(after, /may use Screening Entries under/);
    assert.match(after, /receives a Screening Entry\./);
    const body = after.slice(after.indexOf('## Preamble'));
    assert.doesNotMatch(body, /Watchlist Record/);
  });

  test('rename is refused with a clear message on anything but a defined term', async () => {
    await assert.rejects(
      client.request('textDocument/prepareRename', { ...doc, position: at('visa decisions', 1) }),
      (e: Error & { code?: number }) => /Only a defined term can be renamed/.test(e.message) && e.code === -32803,
    );
    await assert.rejects(
      client.request('textDocument/rename', { ...doc, position: at('Article 3:', 1), newName: 'Article 4' }),
      /Only a defined term can be renamed/,
    );
    await assert.rejects(
      client.request('textDocument/rename', { ...doc, position: at('"Watchlist Record"', 2), newName: 'Receiving Party' }),
      /already defines "Receiving Party"/,
    );
  });

  test('completion offers article numbers with titles after "Article "', async () => {
    const text = `${draft}\nThe Parties review this under Article `;
    const u = 'file:///ws/complete-article.agreement.md';
    await client.open(u, text);
    const end = new LineIndex(text).position(text.length);
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: u }, position: end });
    const articles = items.filter((i) => /^Article \d/.test(i.detail ?? ''));
    assert.deepEqual(articles.map((i) => [i.label, i.detail]), [['1', 'Article 1 — Definitions'], ['2', 'Article 2 — Exchange'], ['3', 'Article 3 — Use']]);
    assert.deepEqual(articles[0]!.textEdit!.range, { start: end, end });
    const bySpace = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: u }, position: end, context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(bySpace.map((i) => i.label), ['1', '2', '3'], 'typing the space after "Article" offers the numbers alone');
    const prose = await client.request<Item[]>('textDocument/completion', { ...doc, position: at('may use', 4), context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(prose, [], 'a space typed in prose offers nothing');
  });

  test('completion offers paragraph labels after "Article 2(" and annexes after "Annex "', async () => {
    const text = `${draft}\nSee Article 2(`;
    const u = 'file:///ws/complete-paragraph.agreement.md';
    await client.open(u, text);
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: u }, position: new LineIndex(text).position(text.length) });
    assert.deepEqual(items.map((i) => i.label), ['1)', '2)']);
    const text2 = `${draft}\nSee Annex `;
    const u2 = 'file:///ws/complete-annex.agreement.md';
    await client.open(u2, text2);
    const annexes = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: u2 }, position: new LineIndex(text2).position(text2.length) });
    assert.deepEqual(annexes.map((i) => [i.label, i.detail]), [['A', 'Annex A — Contacts']]);
  });

  test('completion offers defined terms, replacing the words already typed', async () => {
    const text = `${draft}\nEach Party keeps its Watchlist Re`;
    const u = 'file:///ws/complete-term.agreement.md';
    await client.open(u, text);
    const end = new LineIndex(text).position(text.length);
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: u }, position: end });
    const item = items.find((i) => i.label === 'Watchlist Record');
    assert.ok(item, 'the term is offered');
    assert.equal(item.textEdit!.newText, 'Watchlist Record');
    assert.equal(slice(item.textEdit!.range, text), 'Watchlist Re');
    assert.ok(items.some((i) => i.label === 'Receiving Party'));
  });

  test('semantic tokens mark each defined term where defined and where used', async () => {
    const init = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', doc);
    const words: string[] = [];
    let line = 0;
    let ch = 0;
    const lines = draft.split('\n');
    for (let i = 0; i < init.data.length; i += 5) {
      line += init.data[i]!;
      ch = init.data[i] === 0 ? ch + init.data[i + 1]! : init.data[i + 1]!;
      words.push(`${lines[line]!.slice(ch, ch + init.data[i + 2]!)}${init.data[i + 4] ? ' (defined)' : ''}`);
    }
    assert.deepEqual(words.filter((w) => w.startsWith('Watchlist')), ['Watchlist Record (defined)', 'Watchlist Record', 'Watchlist Records', 'Watchlist Record', 'Watchlist Records']);
    assert.ok(words.includes('Receiving Party (defined)'));
  });

  test('finding counts on headings are off by default and shown when turned on', async () => {
    assert.deepEqual(await client.request<unknown[]>('textDocument/codeLens', doc), []);
    client.settings = { ...client.settings, codeLens: { findingCounts: true } };
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.published.slice(before).some((p) => p.uri === uri), 'diagnostics after the settings change');
    const lenses = await client.request<{ range: Range; command: { title: string } }[]>('textDocument/codeLens', doc);
    const article3 = lenses.find((l) => l.range.start.line === at('## Article 3').line);
    assert.ok(article3, `a lens on Article 3: ${JSON.stringify(lenses)}`);
    assert.match(article3.command.title, /^\d+ findings? in Article 3: /);
    assert.ok(lenses.every((l) => /^## (Article|Annex) /.test(slice(l.range))), 'lenses stand on Article and Annex headings only');
  });
});

describe('a draft too large to review', () => {
  test('gets no editor features, as it gets no review', async () => {
    const client = new LspClient({ settings: { maxFileSizeKB: 1 } });
    try {
      await client.initialize();
      const uri = 'file:///ws/large.agreement.md';
      // The draft, then enough notes after it to pass 1 KB; positions in the draft stay the same.
      await client.open(uri, `${draft}\n${'A note about the exchange. '.repeat(40)}\n`);
      const diags = await client.diagnostics(uri, 1);
      assert.deepEqual(diags.map((d) => d.code), ['draft-too-large']);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: at('Watchlist Records under', 3) }), null);
      const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at('Watchlist Records under', 3) });
      assert.ok(!items.some((i) => i.label === 'Watchlist Record'));
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });
});

describe('finding-count lenses follow the findings', () => {
  test('a client that can refresh code lenses is asked to after each review, while the lens is on', async () => {
    const client = new LspClient({
      settings: { codeLens: { findingCounts: true } },
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } } },
    });
    // Each refresh request resolves the next waiter; the server sends one after each review.
    let refreshes = 0;
    let waiting: { n: number; resolve: () => void } | undefined;
    const refreshed = (n: number) =>
      new Promise<void>((resolve, reject) => {
        if (refreshes >= n) return resolve();
        waiting = { n, resolve };
        client.process.once('exit', () => reject(new Error('the server exited before refreshing')));
      });
    client.connection.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      if (waiting && refreshes >= waiting.n) waiting.resolve();
      return null;
    });
    try {
      await client.initialize();
      const uri = 'file:///ws/lens.agreement.md';
      await client.open(uri, draft);
      await client.diagnostics(uri, 1);
      await refreshed(1);
      const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.length >= 1);
      const edited = draft.replace('from [DATE]', 'from [DATE] or [OTHER DATE]');
      await client.change(uri, 2, [{ text: edited }]);
      await client.diagnostics(uri, 2);
      await refreshed(2);
      const after = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      const count = (ls: { command: { title: string } }[]) => ls.map((l) => Number(/^(\d+)/.exec(l.command.title)![1])).reduce((a, b) => a + b, 0);
      assert.equal(count(after), count(lenses) + 1, 'the new placeholder is counted');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });
});
