/**
 * One rule = one code file + one test table + one doc, with the same id; the registry is sorted;
 * each doc's header agrees with the rule's meta; each doc's "Incorrect" example fires the rule and
 * each "Correct" example does not.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, rules } from '../../server/src/core/index.js';
import { only } from '../helpers/rule-tester.js';
import { repoRoot } from '../helpers/paths.js';

const ids = rules.map((r) => r.meta.id);
const list = (dir: string, ext: string) =>
  fs.readdirSync(path.join(repoRoot, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();

test('the registry is sorted by id and ids are kebab-case and unique', () => {
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});

test('every rule has a code file, a test table and a doc, and nothing else does', () => {
  assert.deepEqual(list('server/src/core/rules', '.ts'), ids);
  assert.deepEqual(list('test/core/rules', '.test.ts'), ids);
  assert.deepEqual(list('docs/rules', '.md').filter((f) => f !== 'README'), ids);
});

/** The fenced ```agreement blocks under a "## <heading>" of a doc (headings inside fences don't count). */
function examples(doc: string, heading: string): string[] {
  const out: string[] = [];
  let current = '';
  let block: string[] | undefined;
  let fence: string | undefined;
  for (const line of doc.split(/\r?\n/)) {
    if (fence) {
      if (line.startsWith(fence)) {
        if (block && current.startsWith(heading)) out.push(block.join('\n') + '\n');
        fence = undefined;
        block = undefined;
      } else block?.push(line);
      continue;
    }
    const f = /^(`{3,}|~{3,})(\S*)/.exec(line);
    if (f) {
      fence = f[1];
      block = f[2] === 'agreement' ? [] : undefined;
    } else if (line.startsWith('## ')) current = line.slice(3);
  }
  return out;
}

for (const rule of rules) {
  const { id } = rule.meta;
  test(`docs/rules/${id}.md agrees with the rule and its examples behave`, () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.ok(doc.startsWith(`# ${id}\n`), 'the doc starts with "# <id>"');
    assert.ok(doc.includes(`Default severity: **${rule.meta.defaultSeverity}**`), `the doc names the default severity ${rule.meta.defaultSeverity}`);
    assert.ok(doc.includes(`Fixable: ${rule.meta.fixable ? 'yes' : 'no'}`), 'the doc says whether the rule is fixable');
    assert.ok(doc.includes(`Suggestions: ${rule.meta.hasSuggestions ? 'yes' : 'no'}`), 'the doc says whether the rule has suggestions');
    for (const heading of ['What it checks', 'Why', 'Incorrect', 'Correct', 'Options']) {
      assert.match(doc, new RegExp(`^## ${heading}`, 'm'), `the doc has a "${heading}" section`);
    }
    const incorrect = examples(doc, 'Incorrect');
    const correct = examples(doc, 'Correct');
    assert.ok(incorrect.length > 0 && correct.length > 0, 'the doc has incorrect and correct examples');
    for (const code of incorrect) assert.ok(analyze(code, { rules: only(id) }).findings.length > 0, `incorrect example raises nothing:\n${code}`);
    for (const code of correct) {
      const found = analyze(code, { rules: only(id) }).findings;
      assert.deepEqual(found.map((f) => f.message), [], `correct example raises findings:\n${code}`);
    }
  });
}

test('the settings schema in package.json knows every rule', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties['agreementLint.rules'].properties;
  assert.deepEqual(Object.keys(props).sort(), ids, 'run `npm run gen:settings` to regenerate');
  for (const rule of rules) {
    assert.equal(props[rule.meta.id].default, rule.meta.defaultSeverity);
    assert.match(props[rule.meta.id].markdownDescription, new RegExp(rule.meta.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
});
