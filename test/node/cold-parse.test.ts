/**
 * The first open of a long draft on two threads (server/src/node/cold-parse.ts): runs of sections
 * are parsed on a worker thread, and the analysis must be the same as on one
 * thread, section data and findings alike, on the joined real treaties and on a generated draft in
 * which no sentence repeats; a short draft stays on one thread. The worker is the built worker
 * bundle (dist/cold-parse-worker.cjs), as in the shipped server.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/index.js';
import { twoThreadColdParser, type TwoThreadColdParser } from '../../server/src/node/cold-parse.js';
import { repoRoot, sharedDir } from '../helpers/paths.js';

interface Drafts {
  generateVariedDraft(bytes: number, seed: number): string;
  joinTreaties(folder: string): string | undefined;
}
const drafts = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'bench', 'varied.mjs')).href)) as Drafts;
const script = path.join(repoRoot, 'dist', 'cold-parse-worker.cjs');
const treaties = path.join(sharedDir, 'treaties');

describe('cold parse on two threads', { skip: fs.existsSync(script) ? false : 'dist/cold-parse-worker.cjs is not built (npm run build)' }, () => {
  let parser: TwoThreadColdParser;
  before(async () => {
    parser = twoThreadColdParser(script, 50_000, 60_000);
    assert.equal(await parser.start(), true, 'the worker starts');
  });
  after(() => parser.close());

  const cases: [string, () => string | undefined][] = [
    ['a generated draft in which no sentence repeats (150 KB)', () => drafts.generateVariedDraft(150_000, 11)],
    ['the joined real treaties', () => (fs.existsSync(treaties) ? drafts.joinTreaties(treaties) : undefined)],
  ];
  for (const [name, make] of cases) {
    test(`${name}: the same sections and findings as on one thread, also after an edit`, (t) => {
      const text = make();
      if (!text) return t.skip(`no treaties at ${treaties}`);
      const one = createAnalyzer();
      const two = createAnalyzer({}, undefined, parser.coldParse);
      const a = one.analyze(text);
      const b = two.analyze(text);
      // Section data cross the thread boundary as structured clones: same values, same prototypes.
      assert.deepStrictEqual(
        b.model.sections.map((s) => s.data),
        a.model.sections.map((s) => s.data),
      );
      assert.deepStrictEqual(JSON.parse(JSON.stringify(b.findings)), JSON.parse(JSON.stringify(a.findings)));
      // An edit in the second half: the incremental analyses still agree.
      const at = text.indexOf('shall', Math.floor(text.length * 0.75));
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      assert.deepStrictEqual(JSON.parse(JSON.stringify(two.analyze(edited).findings)), JSON.parse(JSON.stringify(one.analyze(edited).findings)));
      assert.equal(two.stats.sectionsParsed, one.stats.sectionsParsed);
    });
  }

  test('the worker took part', () => {
    // How many chunks it takes depends on how soon it wakes; on any machine it takes some.
    assert.ok(parser.shared.chunks > 0, JSON.stringify(parser.shared));
  });

  test('a short draft is parsed on one thread', () => {
    const shared = parser.shared.drafts;
    const text = drafts.generateVariedDraft(20_000, 3);
    const findings = createAnalyzer({}, undefined, parser.coldParse).analyze(text).findings;
    assert.equal(parser.shared.drafts, shared);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(findings)), JSON.parse(JSON.stringify(createAnalyzer().analyze(text).findings)));
  });
});
