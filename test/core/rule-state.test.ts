/**
 * `RuleContext.state`: what a rule keeps between analyses belongs to one analyzer (one editor
 * document). A one-shot analysis starts with none, and two documents never see each other's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createAnalyzer, type Rule } from '../../server/src/core/index.js';

/** Reports how many analyses its state has seen, and the first text it saw. */
const probe: Rule = {
  meta: { id: 'state-probe', title: 'state probe', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  check({ model, report, state }) {
    const st = state(() => ({ seen: 0, first: model.text }));
    st.seen++;
    report({ span: { start: 0, end: 1 }, message: `${st.seen} ${st.first.length}` });
  },
};

const a = '# Arrangement A\n\n## Article 1\n\n1. The participants shall meet.\n';
const b = '# Arrangement B, longer\n\n## Article 1\n\n1. The participants shall meet twice.\n';
const message = (findings: { message: string }[]) => findings[0]!.message;

test('an analyzer keeps a rule state from one analysis to the next; a one-shot analysis starts afresh', () => {
  const analyzer = createAnalyzer({}, [probe]);
  assert.equal(message(analyzer.analyze(a).findings), `1 ${a.length}`);
  assert.equal(message(analyzer.analyze(a + '\n2. More.\n').findings), `2 ${a.length}`);
  assert.equal(message(analyze(a, {}, [probe]).findings), `1 ${a.length}`);
  assert.equal(message(analyze(a, {}, [probe]).findings), `1 ${a.length}`);
});

test('two analyzers (two documents) do not share a rule state', () => {
  const first = createAnalyzer({}, [probe]);
  const second = createAnalyzer({}, [probe]);
  first.analyze(a);
  assert.equal(message(second.analyze(b).findings), `1 ${b.length}`);
  assert.equal(message(first.analyze(a + ' ').findings), `2 ${a.length}`);
});
