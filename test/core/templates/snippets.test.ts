/** Snippets for completion and the insert command: filled, numbered for the cursor, renumbering what follows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, buildModel, createLibrary, LineIndex, templateSnippets } from '../../../server/src/core/index.js';

const draft = `---
type: arrangement
handling: TLP:CLEAR
---
# Arrangement

## Article 1 — Scope

1. The Parties exchange records, as Article 2 provides.

## Article 2 — Entry into Force

This Arrangement enters into force on signature; Article 1 applies from then.

## Annex A — Contacts

A list.
`;

function snippet(id: string, offset: number) {
  const s = templateSnippets(buildModel(draft), createLibrary(), offset).find((x) => x.id === id);
  assert.ok(s, id);
  return s;
}

test('every template is offered, filled from the front matter', () => {
  const all = templateSnippets(buildModel(draft), createLibrary());
  assert.equal(all.length, createLibrary().all().length);
  const marking = all.find((s) => s.id === 'standard-handling-marking')!;
  assert.equal(marking.marker, '<!-- clause: standard-handling-marking@1.0.0 -->');
  assert.equal(marking.text, '<!-- clause: standard-handling-marking@1.0.0 -->\nInformation exchanged under this Arrangement shall be marked with a Traffic Light Protocol 2.0 label, which is TLP:CLEAR unless the providing Party chooses another, or with a national handling caveat that the Parties have agreed in writing, and shall be handled as that label or caveat requires.');
  assert.equal(marking.edits, undefined);
  assert.equal(all.find((s) => s.id === 'classified-information-annex')!.text.split('\n')[0], '## Annex B — Security of Classified Information');
});

test('an article snippet in the middle of the draft takes the next number and renumbers what follows', () => {
  const at = draft.indexOf('## Article 2');
  const s = snippet('safeguarding-confidentiality', at);
  assert.ok(s.text.startsWith('## Article 2 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n1. Each Party shall safeguard'));
  assert.ok(s.edits && s.edits.length === 2, 'the heading of Article 2 and the reference to it');
  const index = new LineIndex(draft);
  const withEdits = applyEdits(draft, [
    { range: index.range({ start: at, end: at }), newText: `${s.text}\n\n` },
    ...s.edits.map((e) => ({ range: index.range(e), newText: e.newText })),
  ]);
  assert.ok(withEdits.includes('as Article 3 provides.'));
  assert.ok(withEdits.includes('## Article 3 — Entry into Force\n\nThis Arrangement enters into force on signature; Article 1 applies from then.'));
  assert.deepEqual(buildModel(withEdits).sections.filter((x) => x.kind === 'article').map((x) => `${x.label} ${x.title}`), ['Article 1 Scope', 'Article 2 Safeguarding and Confidentiality', 'Article 3 Entry into Force']);
});

test('at the end of the articles nothing is renumbered; clauses and annexes never renumber', () => {
  assert.equal(snippet('safeguarding-confidentiality', draft.indexOf('## Annex A')).edits, undefined);
  assert.ok(snippet('safeguarding-confidentiality', draft.indexOf('## Annex A')).text.startsWith('## Article 3 — '));
  assert.equal(snippet('balanced-dissemination', draft.indexOf('## Article 2')).edits, undefined);
  assert.equal(snippet('classified-information-annex', draft.indexOf('## Article 2')).edits, undefined);
});
