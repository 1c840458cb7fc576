import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../../../server/src/core/features/index.js';
import { at, model } from './fixture.js';

test('front matter, units, sub-headings, lists and multi-line clauses fold', () => {
  const m = model();
  const ranges = foldingRanges(m);
  const has = (a: number, b: number) => ranges.some((r) => r.startLine === a && r.endLine === b);
  assert.ok(has(0, 3), 'front matter');
  assert.ok(has(at(m, '## Article 1').line, at(m, '2. **Contact').line), 'Article 1 up to its last clause');
  assert.ok(has(at(m, '## Article 2').line, at(m, 'Paper copies').line), 'Article 2 including its sub-heading');
  assert.ok(has(at(m, '### Exchange').line, at(m, 'Paper copies').line), 'the sub-heading');
  assert.ok(has(at(m, '1. Each Participant').line, at(m, '(b) by a call').line), 'the list of clauses');
  assert.ok(has(at(m, '2. A Contact Office').line, at(m, '(b) by a call').line), 'a clause with its sub-paragraphs');
  assert.ok(!ranges.some((r) => r.startLine === at(m, '# Arrangement').line), 'a one-line title section does not fold');
});

test('ranges are sorted, one per start line, and never end before they start', () => {
  const ranges = foldingRanges(model());
  for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i]!.startLine > ranges[i - 1]!.startLine);
  for (const r of ranges) assert.ok(r.endLine > r.startLine);
});

test('multi-line comments fold as comments, and code blocks fold', () => {
  const text = '## Article 1 — Notes\n\n<!-- a reviewer note\nover two lines -->\n\n{>>a comment\nthat goes on<<}\n\n```\ncode\nmore code\n```\n';
  const m = model(text);
  const ranges = foldingRanges(m);
  assert.ok(ranges.some((r) => r.startLine === 2 && r.endLine === 3 && r.kind === 'comment'), JSON.stringify(ranges));
  assert.ok(ranges.some((r) => r.startLine === 5 && r.endLine === 6 && r.kind === 'comment'));
  assert.ok(ranges.some((r) => r.startLine === 8 && r.endLine === 11 && r.kind === undefined));
});

test('CRLF line ends give the same lines as LF', () => {
  const lf = foldingRanges(model());
  const crlf = foldingRanges(model(model().text.replace(/\n/g, '\r\n')));
  assert.deepEqual(crlf, lf);
});

test('a clause folds with its sub-clauses when they are lines of one paragraph', () => {
  const text = '## Article 4 — Requests\n\n1. A request states its purpose.\n\n2. A request names\n(a) the person concerned;\n(b) the document concerned.\n\nEach answer is kept.\n';
  const m = model(text);
  const ranges = foldingRanges(m);
  assert.ok(ranges.some((r) => r.startLine === at(m, '2. A request').line && r.endLine === at(m, '(b) the document').line), JSON.stringify(ranges));
  assert.ok(ranges.some((r) => r.startLine === at(m, '1. A request').line && r.endLine === at(m, '(b) the document').line), 'the list of clauses');
  assert.ok(!ranges.some((r) => r.startLine === at(m, 'Each answer').line), 'a one-line paragraph does not fold');
});
