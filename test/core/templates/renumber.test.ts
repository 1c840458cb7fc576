/**
 * Renumbering when an article is inserted touches only citations of the articles that move: never
 * a paragraph number, never a citation of another instrument. Before this was so, inserting an
 * article before "Article 3" turned "Paragraph 1 and 2" inside it into "Paragraph 4 and 4", and
 * "Article 3 of the Treaty" in a Protocol into "Article 4 of the Treaty".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, buildModel, createFixVerifier, createLibrary, type Fix } from '../../../server/src/core/index.js';
import { createFixKit } from '../../../server/src/core/templates/fixkit.js';
import { citesAnotherInstrument } from '../../../server/src/core/templates/renumber.js';
import type { SpanFix } from '../../../server/src/core/types.js';

function insert(text: string, templateId = 'safeguarding-confidentiality'): { fix: SpanFix | undefined; out: string } {
  const model = buildModel(text);
  const fix = createFixKit(model, createLibrary()).insertArticle(templateId);
  if (!fix) return { fix, out: text };
  let out = '';
  let last = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return { fix, out: out + text.slice(last) };
}

const front = (title: string) => `---
title: ${title}
parties:
  - name: Government of Freedonia
    short: Freedonia
  - name: Government of Sylvania
    short: Sylvania
---

# ${title}
`;

const arrangement = `${front('Arrangement on Records')}
## Article 1 — Scope

1. The Participants exchange records of customs offences.

## Article 2 — Requests

1. A request is made in writing.
2. A request states its purpose.

## Article 3 — Entry into Force

1. This Arrangement enters into force on signature.
2. It applies to requests made after that date.
3. Paragraph 1 and 2 apply also to urgent requests; paragraph 2 or paragraph 3 of this Article may be waived by the Participants.

## Article 4 — Termination

1. Either Participant may terminate this Arrangement; Article 3 of the Treaty on Customs Cooperation and Article 3 of the 1990 Agreement are not affected.
2. Requests under Article 3(2) remain valid, and so do those under paragraph 2 of Article 3.
`;

test('paragraph numbers inside a moved article are never renumbered (they became "Paragraph 4 and 4")', () => {
  const { fix, out } = insert(arrangement);
  assert.ok(fix);
  assert.match(out, /^## Article 3 — Safeguarding/m);
  assert.match(out, /^## Article 4 — Entry into Force$/m);
  assert.ok(out.includes('3. Paragraph 1 and 2 apply also to urgent requests; paragraph 2 or paragraph 3 of this Article may be waived'), out);
});

test('citations of the moved article follow it; citations of other instruments stay', () => {
  const { out } = insert(arrangement);
  assert.ok(out.includes('Article 3 of the Treaty on Customs Cooperation and Article 3 of the 1990 Agreement are not affected.'), out);
  assert.ok(out.includes('2. Requests under Article 4(2) remain valid, and so do those under paragraph 2 of Article 4.'), out);
});

test('"Article 3 of the Treaty" in a Protocol cites the Treaty, and stays', () => {
  const protocol = arrangement.replaceAll('Arrangement on Records', 'Protocol on Records').replace('Article 3 of the Treaty on Customs Cooperation', 'Article 3 of the Treaty');
  const { out } = insert(protocol);
  assert.ok(out.includes('Article 3 of the Treaty and Article 3 of the 1990 Agreement are not affected.'), out);
  assert.ok(out.includes('Requests under Article 4(2)'), out);
});

test('which tails name another instrument', () => {
  const at = (s: string, self?: string) => citesAnotherInstrument(`Article 3${s}`, 'Article 3'.length, self);
  assert.equal(at(' of the Treaty', 'protocol'), true);
  assert.equal(at(' of the Treaty', 'treaty'), false);
  assert.equal(at(' of this Agreement', 'agreement'), false);
  assert.equal(at(' of the Agreement', 'agreement'), false);
  assert.equal(at(' of the Agreement', 'protocol'), true);
  assert.equal(at(' of the 1955 Agreement', 'agreement'), true);
  assert.equal(at(', paragraph 2, of the Convention', 'agreement'), true);
  assert.equal(at('(2) of Council Regulation 1/2003', 'agreement'), true);
  assert.equal(at(' of Annex 2', 'agreement'), false);
  assert.equal(at(' applies', 'agreement'), false);
});

test('the inserted article passes the re-reading check: no new finding, the same reading outside its edits', () => {
  const { fix } = insert(arrangement);
  const model = buildModel(arrangement);
  const edits: Fix = { title: fix!.title, kind: fix!.kind, edits: fix!.edits.map((e) => ({ range: model.index.range(e), newText: e.newText })) };
  assert.equal(createFixVerifier(arrangement).accepts(edits.edits), true);
});

test('the re-reading check refuses a renumbering that rewrites a paragraph number, or misses a citation', () => {
  const model = buildModel(arrangement);
  const verifier = createFixVerifier(arrangement);
  const { fix } = insert(arrangement);
  const at = (needle: string, from = 0) => {
    const i = arrangement.indexOf(needle, from);
    assert.ok(i >= 0, needle);
    return i;
  };
  const range = (start: number, end: number) => ({ range: model.index.range({ start, end }), newText: '' });
  const good = fix!.edits.map((e) => ({ range: model.index.range(e), newText: e.newText }));
  // The old damage: "Paragraph 1 and 2" rewritten as "Paragraph 4 and 4".
  const p = at('Paragraph 1 and 2');
  const damaged = [...good, { ...range(p + 10, p + 11), newText: '4' }, { ...range(p + 16, p + 17), newText: '4' }];
  assert.equal(verifier.accepts(damaged), false, 'a rewritten paragraph number is refused');
  // A citation of the moved article left behind now points at the inserted one.
  const c = at('Article 3(2)');
  const missed = good.filter((e) => model.index.span(e.range).start !== c + 'Article '.length);
  assert.equal(missed.length, good.length - 1);
  assert.equal(verifier.accepts(missed), false, 'a citation that would point elsewhere is refused');
  assert.equal(verifier.accepts(good), true);
});

test('the re-reading check refuses a fix that adds a finding of any rule', () => {
  const text = `${front('Arrangement on Records')}
## Article 1 — Scope

1. The Participants exchange records.
`;
  const model = buildModel(text);
  const end = text.indexOf('records.') + 'records.'.length;
  const edit = { range: model.index.range({ start: end, end }), newText: ' See Article 9.' };
  assert.equal(analyze(applyEdits(text, [edit])).findings.some((f) => f.ruleId === 'broken-cross-reference'), true);
  assert.equal(createFixVerifier(text).accepts([edit]), false);
  const harmless = { range: model.index.range({ start: end, end }), newText: ' Each request is answered.' };
  assert.equal(createFixVerifier(text).accepts([harmless]), true);
});

const chaptered = `${front('Agreement on Customs Assistance')}
## Chapter I — General

### Article 1 — Scope

1. The Parties assist each other in customs matters.

### Article 2 — Requests

1. A request is made in writing; Article 4 applies to its form.

## Chapter II — Final Provisions

### Article 3 — Entry into Force

1. This Agreement enters into force on signature.

### Article 4 — Termination

1. Either Party may terminate this Agreement, subject to Article 3.
`;

test('an article inserted into a draft in Chapters lands as an Article at the end of the Chapter before the final provisions, or is not offered', () => {
  const { fix, out } = insert(chaptered);
  const model = buildModel(chaptered);
  // Whether the model reads Articles under "###" as sections of their own.
  const nested = model.sections.some((s) => s.heading?.depth === 3 && s.kind === 'article');
  if (!nested) {
    assert.equal(fix, undefined, 'no place can be trusted when the articles are not read as sections');
    return;
  }
  assert.ok(fix);
  assert.doesNotMatch(out, /^## Chapter III/m, 'never a new Chapter');
  assert.ok(out.includes('### Article 3 — Safeguarding and Confidentiality'), out);
  // At the end of Chapter I, after Article 2, before Chapter II.
  assert.ok(out.indexOf('### Article 2 — Requests') < out.indexOf('### Article 3 — Safeguarding') && out.indexOf('### Article 3 — Safeguarding') < out.indexOf('## Chapter II'), out);
  assert.ok(out.includes('## Chapter II — Final Provisions\n\n### Article 4 — Entry into Force'), out);
  assert.ok(out.includes('### Article 5 — Termination'), out);
  assert.ok(out.includes('Article 5 applies to its form'), out);
  assert.ok(out.includes('subject to Article 4.'), out);
});

test('an article inserted into a draft whose articles are Chapters only is not offered', () => {
  const text = `${front('Agreement on Customs Assistance')}
## Chapter I — General

The Parties assist each other in customs matters.

## Chapter II — Final Provisions

This Agreement enters into force on signature.
`;
  assert.equal(insert(text).fix, undefined);
});
