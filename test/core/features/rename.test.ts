import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOT_A_TERM, prepareRename, rename } from '../../../server/src/core/features/index.js';
import { applyEdits } from '../../../server/src/core/index.js';
import { at, model, textOf } from './fixture.js';

test('prepareRename accepts a term at its definition or a use, and refuses anything else', () => {
  const m = model();
  const def = prepareRename(m, at(m, 'Contact Office**', 1));
  assert.ok('range' in def);
  assert.equal(def.placeholder, 'Contact Office');
  assert.equal(textOf(m, def.range), 'Contact Office');
  const use = prepareRename(m, at(m, 'Travel Document Alerts may', 20));
  assert.ok('range' in use);
  assert.equal(use.placeholder, 'Travel Document Alert', 'a plural use offers the term in its own form');
  assert.equal(textOf(m, use.range), 'Travel Document Alerts');
  for (const pos of [at(m, 'Article 3 —', 2), at(m, 'duty officer', 0), at(m, 'title:', 1)]) {
    assert.deepEqual(prepareRename(m, pos), { error: NOT_A_TERM });
  }
  assert.match(NOT_A_TERM, /^Only a defined term can be renamed\./);
});

test('rename changes the definition and every use, keeping singular and plural', () => {
  const m = model();
  const r = rename(m, at(m, 'Travel Document Alert it issues', 2), 'Passport Notice');
  assert.ok('edits' in r);
  const after = applyEdits(m.text, r.edits);
  assert.match(after, /1\. "Passport Notice" means a notice/);
  assert.match(after, /share every Passport Notice it issues/);
  assert.match(after, /Passport Notices may be used/);
  assert.doesNotMatch(after.slice(after.indexOf('## Preamble')), /Travel Document Alert/);
});

test('rename of a plural term keeps singular uses singular', () => {
  const m = model();
  const r = rename(m, at(m, 'the Participants"', 6), 'Authorities');
  assert.ok('edits' in r);
  const after = applyEdits(m.text, r.edits);
  assert.match(after, /\(hereinafter "the Authorities"\)/);
  assert.match(after, /Each Authority shall share/);
  assert.match(after, /Each Authority lists its/);
});

test('rename refuses an empty name, quotes, and a name another term has', () => {
  const m = model();
  const pos = at(m, 'Contact Office**', 1);
  assert.match((rename(m, pos, '  ') as { error: string }).error, /cannot be renamed to nothing/);
  assert.match((rename(m, pos, 'The "Office"') as { error: string }).error, /leave out quotation marks/);
  assert.match((rename(m, pos, 'travel document alert') as { error: string }).error, /already defines "Travel Document Alert"/);
  assert.deepEqual(rename(m, at(m, 'Paper copies', 1), 'Anything'), { error: NOT_A_TERM });
});

test('rename leaves an acronym given with the definition as written', () => {
  const m = model('## Article 1 — Definitions\n\n1. "Personal Data" ("PD") means data on a person.\n\n## Article 2 — Use\n\nPD and Personal Data are protected.\n');
  const r = rename(m, at(m, 'Personal Data are', 1), 'Personal Records');
  assert.ok('edits' in r);
  assert.equal(applyEdits(m.text, r.edits), '## Article 1 — Definitions\n\n1. "Personal Records" ("PD") means data on a person.\n\n## Article 2 — Use\n\nPD and Personal Records are protected.\n');
  const fromAcronym = prepareRename(m, at(m, 'PD and', 1));
  assert.ok('error' in fromAcronym);
  assert.match(fromAcronym.error, /^"PD" is the acronym of "Personal Data"\. Rename the term from its definition/);
});
