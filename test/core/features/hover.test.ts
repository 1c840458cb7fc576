import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hover } from '../../../server/src/core/features/index.js';
import { at, model, textOf } from './fixture.js';

test('a defined term, at a use or at its definition, shows where and how it is defined', () => {
  const m = model();
  for (const pos of [at(m, 'Travel Document Alerts may', 5), at(m, '"Travel Document Alert"', 3)]) {
    const h = hover(m, pos)!;
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /^\*\*Travel Document Alert\*\*: defined term \(Article 1\(1\), 2 uses\)\./);
    assert.match(h.contents.value, /\n\n> "Travel Document Alert" means a notice that a passport has been lost or stolen\.$/);
  }
  const bold = hover(m, at(m, 'Contact Office here', 2))!;
  assert.match(bold.contents.value, /Contact Office means the unit that each Participant names under Annex A/);
  assert.equal(textOf(m, bold.range), 'Contact Office');
});

test('a cross-reference shows the paragraph it names, or the start of the unit', () => {
  const m = model();
  const para = hover(m, at(m, 'Article 2(2)(b)', 11))!;
  assert.match(para.contents.value, /^\*\*Article 2\(2\)\(b\)\*\* \(Article 2 — Exchange\)\n\n> \(b\) by a call to the duty officer\.$/);
  const annex = hover(m, at(m, 'under Annex A', 8))!;
  assert.match(annex.contents.value, /^\*\*Annex A — Contact Offices\*\*\n\n> Each Participant lists its Contact Office here\.$/);
});

test('a reference to a missing Article says so; plain text has no hover', () => {
  const m = model();
  assert.equal(hover(m, at(m, 'Article 7', 2))!.contents.value, '**Article 7**: this draft has no Article 7.');
  assert.equal(hover(m, at(m, 'working days', 2)), undefined);
  assert.equal(hover(m, { line: 999, character: 0 }), undefined);
});

test('long targets are shortened at a word boundary and Markdown in them is escaped', () => {
  const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
  const m = model(`## Article 1 — Long\n\nThe *first* clause ${long}.\n\n## Article 2 — Refers\n\nSee Article 1.\n`);
  const h = hover(m, at(m, 'Article 1.', 2))!;
  const quoted = h.contents.value.split('\n\n> ')[1]!;
  assert.ok(quoted.length < 300, `${quoted.length} characters`);
  assert.match(quoted, /word\d+ …$/);
});

test('the character just after a term or a reference has no hover of theirs', () => {
  const m = model();
  const end = at(m, 'Travel Document Alerts may', 'Travel Document Alerts'.length);
  assert.equal(hover(m, end), undefined);
  const before = at(m, 'Travel Document Alerts may', 'Travel Document Alerts'.length - 1);
  assert.ok(hover(m, before));
});
