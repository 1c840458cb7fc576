/** The built-in template library: every file validates, the generated module is current, the set is complete. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { builtinTemplates } from '../../../server/src/core/templates/builtin.generated.js';
import { parseTemplate } from '../../../server/src/core/templates/parse.js';
import { createLibrary, rules } from '../../../server/src/core/index.js';
import { repoRoot } from '../../helpers/paths.js';
import { privacyElements } from '../../../server/src/core/language/privacy.js';
import { classifiedElements } from '../../../server/src/core/language/classified.js';
import { nationalTemplateIds, usTemplateIds as classifiedUsIds } from '../../../server/src/core/rules/incomplete-classified-terms.js';
import { nonUsPrivacyElements, nonUsTemplateIds, usTemplateIds } from '../../../server/src/core/rules/incomplete-privacy-act-handling.js';

const dir = path.join(repoRoot, 'templates');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

test('the generated module is up to date with templates/*.md', () => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-templates.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('every built-in template file validates and matches its generated entry', () => {
  assert.equal(builtinTemplates.length, files.length);
  for (const f of files) {
    const parsed = parseTemplate(fs.readFileSync(path.join(dir, f), 'utf8'), `templates/${f}`);
    assert.deepEqual(parsed.problems, [], f);
    assert.equal(parsed.template!.id, f.replace(/\.md$/, ''), `${f}: the id is the file name`);
    const generated = builtinTemplates.find((t) => t.id === parsed.template!.id);
    assert.deepEqual(generated, { ...parsed.template, origin: 'built-in' }, f);
  }
});

// What the mission rules ask for, by id: kind, element and the rule each fixes.
const expected: [id: string, kind: string, element: string | undefined, rule: string | undefined][] = [
  ['balanced-dissemination', 'clause', undefined, 'over-restricted-dissemination'],
  ['balanced-retention', 'clause', undefined, 'over-restricted-dissemination'],
  ['dissemination-by-reference', 'clause', undefined, 'over-restricted-dissemination'],
  ['high-value-exception', 'clause', undefined, 'over-restricted-dissemination'],
  ['protection-of-personal-data', 'article', undefined, 'missing-privacy-act-handling'],
  ['privacy-act-governing-law', 'element', 'privacy-law', 'incomplete-privacy-act-handling'],
  ['privacy-us-persons', 'element', 'us-person', 'incomplete-privacy-act-handling'],
  ['privacy-purpose-limitation', 'element', 'purpose', 'incomplete-privacy-act-handling'],
  ['privacy-accuracy-correction', 'element', 'accuracy', 'incomplete-privacy-act-handling'],
  ['privacy-retention', 'element', 'retention', 'incomplete-privacy-act-handling'],
  ['privacy-security', 'element', 'security', 'incomplete-privacy-act-handling'],
  ['privacy-breach-notice', 'element', 'breach-notice', 'incomplete-privacy-act-handling'],
  ['privacy-redress', 'element', 'redress', 'incomplete-privacy-act-handling'],
  ['privacy-onward-transfer', 'element', 'onward-transfer', 'incomplete-privacy-act-handling'],
  ['us-person-safeguards', 'clause', undefined, undefined],
  // Where the United States is no party: the parties' own data-protection law.
  ['protection-of-personal-data-applicable-law', 'article', undefined, 'missing-privacy-act-handling'],
  ['data-protection-governing-law', 'element', 'privacy-law', 'incomplete-privacy-act-handling'],
  ['privacy-redress-applicable-law', 'element', 'redress', 'incomplete-privacy-act-handling'],
  ['classified-information-article', 'article', undefined, 'classified-without-formal-terms'],
  ['classified-information-annex', 'article', undefined, 'classified-without-formal-terms'],
  ['classified-governing-instrument', 'element', 'instrument', 'incomplete-classified-terms'],
  ['classified-equivalent-levels', 'element', 'equivalence', 'incomplete-classified-terms'],
  ['classified-protection-standard', 'element', 'protection', 'incomplete-classified-terms'],
  ['classified-need-to-know', 'element', 'need-to-know', 'incomplete-classified-terms'],
  ['classified-third-party-release', 'element', 'third-party', 'incomplete-classified-terms'],
  ['classified-transmission', 'element', 'transmission', 'incomplete-classified-terms'],
  ['classified-downgrading', 'element', 'downgrading', 'incomplete-classified-terms'],
  ['classified-loss-compromise', 'element', 'compromise', 'incomplete-classified-terms'],
  ['classified-termination', 'element', 'termination', 'incomplete-classified-terms'],
  ['classified-information-article-national', 'article', undefined, 'classified-without-formal-terms'],
  ['classified-information-annex-national', 'article', undefined, 'classified-without-formal-terms'],
  ['classified-equivalent-levels-national', 'element', 'equivalence', 'incomplete-classified-terms'],
  ['safeguarding-confidentiality', 'article', undefined, 'missing-safeguarding'],
  ['standard-handling-marking', 'clause', undefined, 'nonstandard-handling-marking'],
];

test('the library has every template the rules ask for, of the right kind', () => {
  const lib = createLibrary();
  for (const [id, kind, element, rule] of expected) {
    const t = lib.get(id);
    assert.ok(t, `missing template ${id}`);
    assert.equal(t.kind, kind, id);
    assert.equal(t.element, element, id);
    if (rule) assert.ok(t.fixes.includes(rule), `${id} fixes ${rule}`);
  }
  assert.deepEqual(lib.forRule('incomplete-privacy-act-handling', 'retention').map((t) => t.id), ['privacy-retention']);
  // Nine elements, one of them also in a variant that names no U.S. levels.
  assert.equal(lib.forRule('incomplete-classified-terms').filter((t) => t.kind === 'element').length, 10);
});

test('each whole article carries every element template of its rule, word for word', () => {
  const lib = createLibrary();
  // The privacy articles, one for each scope, carry the elements the rule asks for in that scope.
  for (const [whole, elements, ids] of [
    ['protection-of-personal-data', privacyElements, usTemplateIds],
    ['protection-of-personal-data-applicable-law', nonUsPrivacyElements, nonUsTemplateIds],
  ] as const) {
    const body = lib.get(whole)!.body;
    for (const e of elements) assert.ok(body.includes(lib.get(ids[e])!.body), `${whole} lacks the text of ${ids[e]}`);
    assert.equal(body.match(/^[0-9]+\. /gm)?.length, elements.length, `${whole} has one paragraph for each element`);
  }
  // So do the classified article and annex, with the U.S. levels or with the parties' own.
  for (const [whole, ids] of [
    ['classified-information-article', classifiedUsIds],
    ['classified-information-annex', classifiedUsIds],
    ['classified-information-article-national', nationalTemplateIds],
    ['classified-information-annex-national', nationalTemplateIds],
  ] as const) {
    const body = lib.get(whole)!.body;
    for (const e of classifiedElements) assert.ok(body.includes(lib.get(ids[e])!.body), `${whole} lacks the text of ${ids[e]}`);
  }
});

test('every rule a built-in template names exists', () => {
  const ids = new Set(rules.map((r) => r.meta.id));
  for (const t of builtinTemplates) for (const r of t.fixes) assert.ok(ids.has(r), `${t.id} names an unknown rule ${r}`);
});

test('team templates override built-ins by id and add new ones', () => {
  const team = parseTemplate('---\nid: balanced-dissemination\ntitle: Our dissemination clause\nversion: 2.0.0\nkind: clause\nfixes: [over-restricted-dissemination]\nplaceholders: []\n---\nOur own wording.\n', 'clauses/ours.md').template!;
  const extra = parseTemplate('---\nid: notices\ntitle: Notices\nversion: 1\nkind: clause\nfixes: []\nplaceholders: [PARTNER]\n---\nNotices go to {{PARTNER}}.\n', 'clauses/notices.md').template!;
  const lib = createLibrary([team, extra]);
  assert.equal(lib.get('balanced-dissemination')!.title, 'Our dissemination clause');
  assert.equal(lib.get('balanced-dissemination')!.origin, 'clauses/ours.md');
  assert.equal(lib.get('notices')!.version, '1');
  assert.equal(lib.all().length, builtinTemplates.length + 1);
});
