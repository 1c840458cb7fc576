/** Every feature at every position of awkward drafts: no throw, and every range inside the text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as F from '../../../server/src/core/features/index.js';
import { buildModel } from '../../../server/src/core/index.js';
import type { Range } from '../../../server/src/core/types.js';
import { draft } from './fixture.js';

const drafts = {
  crlf: draft.replace(/\n/g, '\r\n'),
  bom: `\ufeff${draft}`,
  astral: '## Article 1 — 𝒜 Definitions\n\n1. "𝒜lert" means a notice 😀.\n\n## Article 2\n\nEach 𝒜lert goes to Article 1 and Article 1(1).\n',
  empty: '',
  unclosed: '---\ntitle: x\n## Article 1\n\n"Alert" means {>> a note\n',
  onlyReferences: 'Article Article 1( Annex (a) paragraph of Article',
};

function checkRange(text: string, r: Range, what: string): void {
  const lines = text.split(/\r\n|\n|\r/);
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${what}: character ${p.character}`);
  }
}

for (const [name, text] of Object.entries(drafts)) {
  test(`every feature answers at every position of the ${name} draft`, () => {
    const m = buildModel(text);
    const walk = (s: F.DocumentSymbol) => {
      checkRange(text, s.range, 'symbol');
      checkRange(text, s.selectionRange, 'symbol selection');
      s.children.forEach(walk);
    };
    F.documentSymbols(m).forEach(walk);
    for (const r of F.foldingRanges(m)) assert.ok(r.endLine > r.startLine && r.endLine < m.index.lineCount);
    for (let offset = 0; offset <= text.length; offset++) {
      const p = m.index.position(offset);
      const h = F.hover(m, p);
      if (h) checkRange(text, h.range, 'hover');
      for (const t of F.definition(m, p)) checkRange(text, t.range, 'definition');
      for (const t of F.references(m, p, true)) checkRange(text, t.range, 'reference');
      const prep = F.prepareRename(m, p);
      if ('range' in prep) {
        const r = F.rename(m, p, 'Renamed Term');
        assert.ok('edits' in r && r.edits.length > 0);
      }
      for (const c of F.completions(m, p)) checkRange(text, c.textEdit.range, 'completion');
    }
  });
}

test('semantic tokens decode to ordered, non-overlapping, one-line spans', () => {
  for (const text of Object.values(drafts)) {
    const m = buildModel(text);
    const data = F.semanticTokens(m);
    assert.equal(data.length % 5, 0);
    let line = 0;
    let ch = 0;
    let lastEnd = { line: -1, character: 0 };
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      ch = data[i]! === 0 ? ch + data[i + 1]! : data[i + 1]!;
      const len = data[i + 2]!;
      assert.ok(len > 0);
      assert.ok(line > lastEnd.line || ch >= lastEnd.character, 'tokens do not overlap');
      checkRange(text, { start: { line, character: ch }, end: { line, character: ch + len } }, 'semantic token');
      lastEnd = { line, character: ch + len };
    }
  }
});
