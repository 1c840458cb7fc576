import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definition, documentHighlights, DocumentHighlightKind, references } from '../../../server/src/core/features/index.js';
import { at, model, textOf } from './fixture.js';

test('from a use of a term to its definition', () => {
  const m = model();
  const targets = definition(m, at(m, 'Contact Office shall', 3));
  assert.equal(targets.length, 1);
  assert.deepEqual(targets[0]!.range.start, at(m, 'Contact Office** means'));
  assert.equal(textOf(m, targets[0]!.range), 'Contact Office');
});

test('from a cross-reference to the paragraph it names, or to the unit heading', () => {
  const m = model();
  assert.equal(textOf(m, definition(m, at(m, 'Article 2(2)(b)', 3))[0]!.range), '(b) by a call to the duty officer.');
  assert.equal(textOf(m, definition(m, at(m, 'under Annex A', 7))[0]!.range), '## Annex A — Contact Offices');
  assert.deepEqual(definition(m, at(m, 'Article 7', 1)), [], 'a missing Article has no definition');
  assert.deepEqual(definition(m, at(m, 'duty officer', 1)), []);
});

test('a term defined twice leads to both definitions', () => {
  const m = model('## Article 1 — Definitions\n\n1. "Alert" means a notice.\n2. "Alert" means a warning.\n\n## Article 2 — Use\n\nAn Alert is shared.\n');
  const targets = definition(m, at(m, 'Alert is', 1));
  assert.equal(targets.length, 2);
  assert.deepEqual(targets.map((t) => t.range.start.line), [2, 3]);
});

test('references: every use of a term, with or without its definition', () => {
  const m = model();
  const all = references(m, at(m, 'Travel Document Alerts may', 1), true);
  assert.deepEqual(all.map((r) => textOf(m, r.range)), ['Travel Document Alert', 'Travel Document Alert', 'Travel Document Alerts']);
  assert.equal(all[0]!.range.start.line, at(m, '"Travel Document Alert"').line, 'the definition comes first, in draft order');
  assert.equal(references(m, at(m, 'Travel Document Alerts may', 1), false).length, 2);
});

test('references: every cross-reference to an Article, from its heading or from another reference', () => {
  const m = model();
  const fromHeading = references(m, at(m, '## Article 2', 4), true);
  assert.deepEqual(fromHeading.map((r) => textOf(m, r.range)), ['## Article 2 — Exchange', 'paragraph 2 of Article 2', 'Article 2(2)(b)']);
  const fromRef = references(m, at(m, 'Article 2(2)(b)', 2), false);
  assert.deepEqual(fromRef.map((r) => textOf(m, r.range)), ['paragraph 2 of Article 2', 'Article 2(2)(b)']);
  assert.deepEqual(references(m, at(m, 'Article 7', 1), true), [], 'a reference to nothing has no references');
  assert.deepEqual(references(m, at(m, 'Paper copies', 1), true), []);
});

test('highlights mark the definition as written and each use as read, plurals included', () => {
  const m = model();
  const marks = documentHighlights(m, at(m, 'Travel Document Alert it issues', 1));
  assert.deepEqual(marks.map((h) => [textOf(m, h.range), h.kind]), [
    ['Travel Document Alert', DocumentHighlightKind.Write],
    ['Travel Document Alert', DocumentHighlightKind.Read],
    ['Travel Document Alerts', DocumentHighlightKind.Read],
  ]);
  const article = documentHighlights(m, at(m, 'Article 2(2)(b)', 1));
  assert.deepEqual(article.map((h) => [textOf(m, h.range), h.kind]), [
    ['## Article 2 — Exchange', DocumentHighlightKind.Write],
    ['paragraph 2 of Article 2', DocumentHighlightKind.Read],
    ['Article 2(2)(b)', DocumentHighlightKind.Read],
  ]);
  assert.deepEqual(documentHighlights(m, at(m, 'Paper copies', 1)), []);
});
