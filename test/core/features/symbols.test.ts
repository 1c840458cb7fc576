import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSymbols, SymbolKind, type DocumentSymbol } from '../../../server/src/core/features/index.js';
import { comparePositions } from '../../../server/src/core/index.js';
import { at, model, textOf } from './fixture.js';

function contains(outer: DocumentSymbol, inner: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  return comparePositions(outer.range.start, inner.start) <= 0 && comparePositions(inner.end, outer.range.end) <= 0;
}

test('the outline has the front matter and each unit in order, with kinds by unit', () => {
  const m = model();
  const symbols = documentSymbols(m);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind]),
    [
      ['Front matter', SymbolKind.Object],
      ['Arrangement on the Exchange of Travel Document Alerts', SymbolKind.File],
      ['Preamble', SymbolKind.Namespace],
      ['Article 1 — Definitions', SymbolKind.Module],
      ['Article 2 — Exchange', SymbolKind.Module],
      ['Article 3 — Use', SymbolKind.Module],
      ['Annex A — Contact Offices', SymbolKind.Package],
    ],
  );
  assert.equal(symbols[0]!.detail, 'Arrangement on Travel Document Alerts');
  assert.equal(symbols[6]!.detail, 'Annex A');
});

test('definitions sit under the unit that defines them, in every definition style', () => {
  const m = model();
  const symbols = documentSymbols(m);
  const art1 = symbols.find((s) => s.name.startsWith('Article 1'))!;
  assert.deepEqual(art1.children.map((c) => [c.name, c.kind]), [['Travel Document Alert', SymbolKind.Constant], ['Contact Office', SymbolKind.Constant]]);
  assert.equal(textOf(m, art1.children[0]!.selectionRange), 'Travel Document Alert');
  assert.match(art1.children[1]!.detail!, /^Contact Office means the unit/);
  const preamble = symbols.find((s) => s.name === 'Preamble')!;
  assert.deepEqual(preamble.children.map((c) => c.name), ['Participants']);
});

test('sub-headings nest under their Article, and every range holds its selection and children', () => {
  const m = model();
  const symbols = documentSymbols(m);
  const art2 = symbols.find((s) => s.name.startsWith('Article 2'))!;
  assert.deepEqual(art2.children.map((c) => c.name), ['Exchange by courier']);
  assert.equal(art2.range.end.line, at(m, 'Paper copies').line, 'the Article ends at its last text, not at the blank lines after it');
  const check = (s: DocumentSymbol) => {
    assert.ok(contains(s, s.selectionRange), `${s.name}: selection inside range`);
    for (const c of s.children) {
      assert.ok(contains(s, c.range), `${c.name} inside ${s.name}`);
      check(c);
    }
  };
  symbols.forEach(check);
});

test('a draft without headings or front matter has an outline of its definitions only', () => {
  const m = model('"Alert" means a notice about a travel document.\n\nEach Alert is shared.\n');
  assert.deepEqual(documentSymbols(m).map((s) => s.name), ['Alert']);
  assert.deepEqual(documentSymbols(model('')), []);
});
