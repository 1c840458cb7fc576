/**
 * undefined-term keeps draft-wide word counts and per-section results between checks. These tests
 * edit drafts so that each of the rule's draft-wide inputs changes (a lower-case use of a word
 * elsewhere, a heading, a definition) and compare every incremental result with a full analysis,
 * also when two documents are analysed in turn.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createAnalyzer, getRule } from '../../../server/src/core/index.js';

const rule = getRule('undefined-term')!;

function draft(articles: string[]): string {
  return ['# Arrangement on Screening Cooperation\n', ...articles.map((a, i) => `\n## Article ${i + 1} — ${a.split('\n')[0]}\n\n${a.split('\n').slice(1).join('\n')}\n`)].join('');
}

const base = [
  'Scope\n1. The participants shall share Travel Records through the Exchange Desk.\n2. The Exchange Desk shall log each Travel Records request.',
  'Use\n1. Each participant shall keep travel records secure.\n2. A desk may hold copies for one year.',
  'Review\n1. The participants shall review the Retention Schedule each year.',
];

function variants(): string[] {
  const a = base[0]!;
  const b = base[1]!;
  const c = base[2]!;
  return [
    draft([a, b, c]),
    // The only lower-case use of "desk" goes: "Exchange Desk" no longer looks like a common noun.
    draft([a, b.replace('A desk may', 'A copy may'), c]),
    // ...and comes back in another article.
    draft([a, b, c.replace('each year.', 'each year at the desk.')]),
    // A heading now names the desk: its words become the draft's own words.
    draft([a, b.replace(/^Use/, 'Use of the Exchange Desk'), c]),
    // The term is defined.
    draft([a, b, `${c}\n2. "Exchange Desk" means the office that handles requests.`]),
    // Two identical articles: the same parsed section twice.
    draft([a, b, b]),
    draft([a, b]),
    draft([a]),
    draft([a, b, c]),
  ];
}

function findingsOf(text: string) {
  return analyze(text, {}, [rule]).findings;
}

test('undefined-term: every incremental result equals a full analysis', () => {
  const analyzer = createAnalyzer({}, [rule]);
  const texts = variants();
  const reported = new Set<number>();
  for (const text of [...texts, ...texts.slice().reverse()]) {
    const incremental = analyzer.analyze(text).findings;
    assert.deepEqual(incremental, findingsOf(text));
    reported.add(incremental.length);
  }
  // The edits really change what is reported.
  assert.ok(reported.size > 1, `the edits change the findings (${[...reported].join(', ')})`);
});

test('undefined-term: two documents analysed in turn each get the result of a full analysis', () => {
  const texts = variants();
  const one = createAnalyzer({}, [rule]);
  const two = createAnalyzer({}, [rule]);
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i]!;
    const b = texts[texts.length - 1 - i]!;
    assert.deepEqual(one.analyze(a).findings, findingsOf(a));
    assert.deepEqual(two.analyze(b).findings, findingsOf(b));
  }
});

test('undefined-term: the first draft reports the undefined phrase and the second does not', () => {
  const [first, second] = variants();
  assert.ok(findingsOf(first!).some((f) => f.message.includes('"Exchange Desk"')));
  assert.ok(!findingsOf(second!).some((f) => f.message.includes('"Exchange Desk"')));
});
