/**
 * A table-driven tester for one rule, in the manner of ESLint's RuleTester: `valid` drafts raise
 * nothing from the rule; `invalid` drafts raise exactly the listed findings, and their first fixes
 * give `output`. Every fix is also checked to converge: applied, the finding is gone and no new
 * finding of any rule appears.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, applyEdits, applyFirstFixes, rules, type Finding, type SeveritySetting } from '../../server/src/core/index.js';

/** An expected finding: its 1-based line, and optionally column, message pattern and end. */
export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: RegExp;
  severity?: Finding['severity'];
}

export interface InvalidCase {
  name?: string;
  code: string;
  errors: ExpectedFinding[];
  /** The text after applying each finding's first fix, of either kind (the code itself when no fix is offered); omit to leave fixes unchecked. */
  output?: string;
  /** The kinds every fix of the case must be of (`fix`: safe, applied by --fix; `suggestion`); omit to leave them unchecked. */
  kinds?: ('fix' | 'suggestion')[];
}

export interface ValidCase {
  name?: string;
  code: string;
}

/** Settings that turn every rule off except `ruleId`. */
export function only(ruleId: string): Record<string, SeveritySetting> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === ruleId ? r.meta.defaultSeverity : 'off']));
}

/** Defines the tests of one rule's table. */
export function ruleTester(ruleId: string, table: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const options = { rules: only(ruleId), onRuleError: (_id: string, e: unknown) => { throw e; } };
  table.valid.forEach((v, i) => {
    const c = typeof v === 'string' ? { code: v } : v;
    test(`${ruleId} valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
      const found = analyze(c.code, options).findings;
      assert.deepEqual(found.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`), []);
    });
  });
  table.invalid.forEach((c, i) => {
    test(`${ruleId} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
      const found = analyze(c.code, options).findings;
      assert.equal(found.length, c.errors.length, `expected ${c.errors.length} findings, got:\n${found.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`).join('\n')}`);
      c.errors.forEach((e, j) => {
        const f = found[j]!;
        assert.equal(f.ruleId, ruleId);
        assert.equal(f.range.start.line + 1, e.line, `line of finding ${j + 1}: ${f.message}`);
        if (e.column !== undefined) assert.equal(f.range.start.character + 1, e.column, `column of finding ${j + 1}`);
        if (e.endLine !== undefined) assert.equal(f.range.end.line + 1, e.endLine, `end line of finding ${j + 1}`);
        if (e.endColumn !== undefined) assert.equal(f.range.end.character + 1, e.endColumn, `end column of finding ${j + 1}`);
        if (e.message) assert.match(f.message, e.message);
        if (e.severity) assert.equal(f.severity, e.severity);
      });
      // Without `output`, the fixes are not compared (a case that offers none gives `output: code`).
      // `output` is the text after the first fix of each finding, safe fix or suggestion alike.
      if (c.output !== undefined) assert.equal(applyFirstFixes(c.code, found, { kinds: ['fix', 'suggestion'] }).text, c.output);
      // Each fix says its kind, and the rule's meta says it may give that kind.
      const meta = rules.find((r) => r.meta.id === ruleId)!.meta;
      for (const f of found) {
        for (const fix of f.fixes) {
          assert.ok(fix.kind === 'fix' || fix.kind === 'suggestion', `fix "${fix.title}" has no kind`);
          if (fix.kind === 'fix') assert.ok(meta.fixable, `fix "${fix.title}" is a safe fix, but ${ruleId} is not fixable`);
          else assert.ok(meta.hasSuggestions, `fix "${fix.title}" is a suggestion, but ${ruleId} has no suggestions`);
          if (c.kinds) assert.ok(c.kinds.includes(fix.kind), `fix "${fix.title}" is a ${fix.kind}`);
        }
      }
      // Convergence: each fix alone removes its finding and adds no finding of any rule.
      const before = analyze(c.code).findings;
      for (const f of found) {
        for (const fix of f.fixes) {
          const fixed = applyEdits(c.code, fix.edits);
          const after = analyze(fixed).findings;
          const key = (x: Finding) => `${x.ruleId}|${x.message}`;
          const stillThere = after.filter((x) => x.ruleId === f.ruleId && x.message === f.message && x.range.start.line === f.range.start.line);
          assert.equal(stillThere.length, 0, `fix "${fix.title}" left its finding in place`);
          const beforeKeys = new Set(before.map(key));
          const added = after.filter((x) => !beforeKeys.has(key(x)));
          assert.deepEqual(added.map(key), [], `fix "${fix.title}" added findings`);
        }
      }
    });
  });
}
