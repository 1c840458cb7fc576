/**
 * Fixes a check gives as a function: a one-shot `analyze` builds them when a finding's `fixes` are
 * first read, for whole-draft and per-section checks alike; an incremental analyzer builds them
 * during the analysis (it keeps per-section findings for the next one). Either way the
 * findings, fixes included, are the same, and a fix function that throws costs only its fixes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createAnalyzer, type Rule } from '../../server/src/core/index.js';

const text = '# Arrangement\n\n## Article 1\n\n1. The participants shall meet.\n';

function countingRule(calls: { n: number }, fail = false, perSection = false): Rule {
  const rule: Rule = {
    meta: { id: 'lazy-probe', title: 'lazy probe', defaultSeverity: 'warning', fixable: true, hasSuggestions: false },
  };
  const check: Rule['check'] = ({ model, report }) => {
    const clause = model.clauses[0]!;
    report({
      span: clause.span,
      message: 'A probe finding.',
      fixes: () => {
        calls.n++;
        if (fail) throw new Error('the fix failed');
        return [{ title: 'Append a word', edits: [{ start: clause.span.end, end: clause.span.end, newText: ' Again.' }], kind: 'fix' }];
      },
    });
  };
  if (perSection) rule.checkSection = (context, section) => (section.clauses.length ? check(context) : undefined);
  else rule.check = check;
  return rule;
}

for (const perSection of [false, true]) {
  test(`a one-shot analysis builds a fix function only when the fixes are read, once (${perSection ? 'per-section' : 'whole-draft'} check)`, () => {
    const calls = { n: 0 };
    const { findings } = analyze(text, {}, [countingRule(calls, false, perSection)]);
    assert.equal(findings.length, 1);
    assert.equal(calls.n, 0, 'not built by the analysis');
    assert.equal(findings[0]!.fixes[0]!.title, 'Append a word');
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.range.start.line, 4);
    void findings[0]!.fixes;
    assert.equal(calls.n, 1, 'built once');
    // JSON, spread copies and deep equality see an ordinary property.
    assert.deepEqual(JSON.parse(JSON.stringify(findings[0])).fixes, findings[0]!.fixes);
    assert.deepEqual(Object.keys(findings[0]!), ['ruleId', 'severity', 'message', 'range', 'fixes']);
  });

  test(`an incremental analyzer builds the fixes during the analysis, and the findings are the same (${perSection ? 'per-section' : 'whole-draft'} check)`, () => {
    const calls = { n: 0 };
    const incremental = createAnalyzer({}, [countingRule(calls, false, perSection)]).analyze(text).findings;
    assert.equal(calls.n, 1);
    assert.deepEqual(incremental, analyze(text, {}, [countingRule({ n: 0 }, false, perSection)]).findings);
  });

  test(`a fix function that throws gives no fix; the finding stays and the rule error is reported (${perSection ? 'per-section' : 'whole-draft'} check)`, () => {
    for (const oneShot of [true, false]) {
      const errors: string[] = [];
      const options = { onRuleError: (id: string) => errors.push(id) };
      const rules = [countingRule({ n: 0 }, true, perSection)];
      const findings = oneShot ? analyze(text, options, rules).findings : createAnalyzer(options, rules).analyze(text).findings;
      assert.equal(findings.length, 1);
      assert.deepEqual(findings[0]!.fixes, []);
      assert.deepEqual(errors, ['lazy-probe']);
    }
  });
}
