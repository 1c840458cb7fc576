/**
 * The work a keystroke costs, counted rather than timed (issue 20): after a one-character edit in a
 * paragraph of a long draft, the incremental analyzer may parse again only the section typed in,
 * re-run the section checks of that section only, and read again only the clauses whose text
 * changed. A change that made every keystroke re-read the whole draft fails here on any machine,
 * however fast. The drafts are the real treaties of ../shared/treaties joined into one draft (as
 * `npm run bench` joins them) and a generated draft in which no sentence repeats.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/index.js';
import { readingWork } from '../../server/src/core/language/memo.js';
import { repoRoot, sharedDir } from '../helpers/paths.js';
import { missingRealText } from '../helpers/real-agreements.js';

interface Drafts {
  generateVariedDraft(bytes: number, seed: number): string;
  joinTreaties(folder: string): string | undefined;
}
// One source for the drafts: the benchmark's own generator and joiner.
const drafts = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'bench', 'varied.mjs')).href)) as Drafts;

/** The budget of one keystroke in an ordinary paragraph (no defined term typed in). */
const BUDGET = {
  /** Sections parsed by remark again: the one typed in. */
  sectionsParsed: 1,
  /** Section checks run again: each section-level rule on the section typed in. */
  sectionChecksRun: 4,
  /** Clause readings computed again (each reading of each changed clause and sentence). */
  readings: 16,
};

/** Places in the middle of paragraphs that define nothing, spread over the draft. */
function places(text: string, count: number): number[] {
  const lines = [...text.matchAll(/^(?:\d+\.[ \t]|[ \t]*\([a-z0-9]{1,4}\)[ \t])?[A-Z][^\n"“”‘’`]{100,}$/gm)];
  assert.ok(lines.length >= count, `the draft has ${lines.length} ordinary paragraphs, fewer than ${count}`);
  return Array.from({ length: count }, (_, i) => {
    const m = lines[Math.floor(((i + 0.5) * lines.length) / count)]!;
    return m.index! + m[0].lastIndexOf(' ', 60);
  });
}

/** Types one character at each place and takes it back; returns the work of each analysis. */
function keystrokes(text: string, count: number) {
  const analyzer = createAnalyzer();
  analyzer.analyze(text);
  const work: { at: number; sectionsParsed: number; sectionChecksRun: number; readings: number }[] = [];
  for (const at of places(text, count)) {
    for (const next of [text.slice(0, at) + 'x' + text.slice(at), text]) {
      const before = { ...analyzer.stats, readings: readingWork.computed };
      analyzer.analyze(next);
      work.push({
        at,
        sectionsParsed: analyzer.stats.sectionsParsed - before.sectionsParsed,
        sectionChecksRun: analyzer.stats.sectionChecksRun - before.sectionChecksRun,
        readings: readingWork.computed - before.readings,
      });
    }
  }
  return work;
}

function assertWithinBudget(work: ReturnType<typeof keystrokes>): void {
  for (const w of work) {
    for (const unit of ['sectionsParsed', 'sectionChecksRun', 'readings'] as const) {
      assert.ok(w[unit] <= BUDGET[unit], `a keystroke at offset ${w.at} cost ${w[unit]} ${unit}, over the budget of ${BUDGET[unit]}`);
    }
  }
  // The counters count: typing changed a clause, so something was read again.
  assert.ok(work.some((w) => w.readings > 0 && w.sectionsParsed > 0), 'the counters saw the edits');
}

describe('work budget of a keystroke', () => {
  test('a draft in which no sentence repeats (300 KB): one section parsed, its checks, its changed clauses', () => {
    assertWithinBudget(keystrokes(drafts.generateVariedDraft(300_000, 3), 16));
  });

  test('the real treaties joined into one draft', { skip: missingRealText() }, () => {
    const joined = drafts.joinTreaties(path.join(sharedDir, 'treaties'));
    assert.ok(joined, 'the treaties are there');
    assertWithinBudget(keystrokes(joined, 16));
  });
});
