/**
 * TEST-ONLY hooks of the language server, off unless the environment variable
 * AGREEMENT_LINT_TEST_HOOKS is "1". Only test/robustness/ sets it; an editor never does.
 *
 * With the hooks on, the server also runs a deliberately failing rule (`test-failing-rule`, whose
 * error message carries document text, to prove that such text never reaches the log), and
 * answers the request `agreementLint/test/heapUsed` with its heap size after a garbage collection
 * (collected through V8's own flag, see collector.ts), so a test can see memory return to its baseline.
 * A draft that contains `TEST-HOOK-SLOW-<n>` takes at least n milliseconds to review (`test-slow-rule`),
 * so that a test can have changes arrive while a review runs. `agreementLint/test/warmUp` answers
 * whether the idle warm-up (lsp/warm-up.ts) has ended, and after how many steps.
 */
import { garbageCollector } from './collector.js';
import type { Connection } from 'vscode-languageserver';
import { rules, type Rule } from '../core/index.js';

/** The environment variable that turns the hooks on. */
export const TEST_HOOKS_VARIABLE = 'AGREEMENT_LINT_TEST_HOOKS';

/** A rule that always throws, with the start of the draft in its message. */
const failingRule: Rule = {
  meta: { id: 'test-failing-rule', title: 'Test only: a rule that always fails', defaultSeverity: 'warning', fixable: false, hasSuggestions: false },
  check(context) {
    throw new Error(`test-failing-rule failed on: ${context.model.text.slice(0, 200)}`);
  },
};

/** A rule that keeps the review busy for the milliseconds the draft asks (`TEST-HOOK-SLOW-<n>`). */
const slowRule: Rule = {
  meta: { id: 'test-slow-rule', title: 'Test only: a rule that takes its time', defaultSeverity: 'hint', fixable: false, hasSuggestions: false },
  check(context) {
    const m = /TEST-HOOK-SLOW-(\d{1,4})/.exec(context.model.text);
    if (!m) return;
    const until = performance.now() + Number(m[1]);
    while (performance.now() < until) {
      // Busy on purpose: the review is synchronous, as a long one is.
    }
  },
};

/** Whether the hooks are on in this process. */
export function testHooksEnabled(): boolean {
  return process.env[TEST_HOOKS_VARIABLE] === '1';
}

/** The rules the server runs: the registered ones, plus the failing rule when the hooks are on. */
export function serverRules(): readonly Rule[] {
  return testHooksEnabled() ? [...rules, failingRule, slowRule] : rules;
}

let warmUpSteps: number | undefined;

/** Called by the server when its warm-up ends. */
export function warmUpEnded(steps: number): void {
  warmUpSteps = steps;
}

/** Registers the test-only requests on `connection` when the hooks are on. */
export function registerTestHooks(connection: Connection): void {
  if (!testHooksEnabled()) return;
  connection.onRequest('agreementLint/test/heapUsed', () => {
    const gc = garbageCollector();
    if (gc) {
      gc();
      gc();
    }
    return { heapUsed: process.memoryUsage().heapUsed, collected: !!gc };
  });
  connection.onRequest('agreementLint/test/warmUp', () => ({ done: warmUpSteps !== undefined, steps: warmUpSteps ?? 0 }));
}
