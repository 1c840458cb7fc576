import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completions, CompletionItemKind } from '../../../server/src/core/features/index.js';
import { draft, model, textOf } from './fixture.js';

/** Completions at the end of the draft followed by `line`. */
function complete(line: string) {
  const m = model(`${draft}\n${line}`);
  return { m, items: completions(m, m.index.position(m.text.length)) };
}

test('after "Article " the Article numbers are offered with their titles', () => {
  const { items } = complete('The Participants review this under Article ');
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.kind]),
    [
      ['1', 'Article 1 — Definitions', CompletionItemKind.Reference],
      ['2', 'Article 2 — Exchange', CompletionItemKind.Reference],
      ['3', 'Article 3 — Use', CompletionItemKind.Reference],
    ],
  );
  assert.match(items[1]!.documentation!.value, /Each Participant shall share/);
});

test('a number already begun is replaced, and lists of Articles keep offering numbers', () => {
  const { m, items } = complete('See Article 2');
  assert.equal(textOf(m, items[0]!.textEdit.range), '2');
  const list = complete('See Articles 1 and ').items;
  assert.deepEqual(list.map((i) => i.label), ['1', '2', '3']);
});

test('after "Annex " the Annexes are offered; after "Article 2(" its paragraph labels', () => {
  assert.deepEqual(complete('See Annex ').items.map((i) => [i.label, i.detail]), [['A', 'Annex A — Contact Offices']]);
  const paragraphs = complete('See Article 2(').items;
  assert.deepEqual(paragraphs.map((i) => [i.label, i.detail]), [['1)', 'Article 2(1)'], ['2)', 'Article 2(2)']]);
  assert.deepEqual(complete('See Article 2(2)(').items.map((i) => i.label), ['a)', 'b)']);
  assert.deepEqual(complete('See Article 9(').items, [], 'no paragraphs of a missing Article');
});

test('defined terms are offered elsewhere, replacing the words of the term already typed', () => {
  const { m, items } = complete('Each Participant keeps every Travel Docu');
  assert.deepEqual(items.map((i) => i.label).sort(), ['Contact Office', 'Participants', 'Travel Document Alert']);
  const alert = items.find((i) => i.label === 'Travel Document Alert')!;
  assert.equal(alert.kind, CompletionItemKind.Constant);
  assert.equal(textOf(m, alert.textEdit.range), 'Travel Docu');
  assert.equal(alert.textEdit.newText, 'Travel Document Alert');
  const office = items.find((i) => i.label === 'Contact Office')!;
  assert.equal(textOf(m, office.textEdit.range), 'Docu', 'another term replaces only the word being typed');
});

test('nothing is offered inside the front matter', () => {
  const m = model();
  assert.deepEqual(completions(m, { line: 1, character: 3 }), []);
});

test('asked because a space or "(" was typed, only article numbers and labels are offered', () => {
  const prose = model(`${draft}\nEach Participant keeps `);
  assert.deepEqual(completions(prose, prose.index.position(prose.text.length), true), []);
  assert.ok(completions(prose, prose.index.position(prose.text.length), false).length > 0, 'asked explicitly, the terms are offered');
  const cue = model(`${draft}\nSee Article `);
  assert.deepEqual(completions(cue, cue.index.position(cue.text.length), true).map((i) => i.label), ['1', '2', '3']);
});
