/**
 * The server's idle warm-up (server/src/lsp/warm-up.ts), over stdio with a real server process:
 * it ends by itself, it never changes what a draft's review publishes, and the user's drafts are
 * reviewed while it runs. The test-only hooks (AGREEMENT_LINT_TEST_HOOKS=1) answer
 * `agreementLint/test/warmUp` with whether it has ended and after how many steps.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/index.js';
import { withServer, type LspClient } from '../helpers/lsp-client.js';

const hooks = { AGREEMENT_LINT_TEST_HOOKS: '1' };

/** Codes, ranges and messages of diagnostics, to compare with a core analysis. */
const shape = (ds: { code?: unknown; range: unknown; message: string }[]) => ds.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${d.message}`).sort();

const draft = (n: number) =>
  `---\nparties: [Freedonia, Sylvania]\n---\n# Arrangement ${n}\n\n## Article 1 — Definitions\n\n1. "Shared Data" means data one Party gives the other under this Arrangement.\n\n` +
  `## Article 2 — Use\n\n1. The receiving Party shall use Shared Data only for the purpose stated in the request and shall not pass it to any other agency without the prior written consent of the providing Party in each case.\n\n2. Notices go to [PARTNER] by [DATE], as Article 7 provides.\n`;

async function warmUpState(client: LspClient): Promise<{ done: boolean; steps: number }> {
  return client.request<{ done: boolean; steps: number }>('agreementLint/test/warmUp', {});
}

describe('idle warm-up of the keystroke path', () => {
  test('ends by itself after its steps, and a draft opened meanwhile is reviewed as the core reviews it', async () => {
    await withServer({ env: hooks }, async (client) => {
      const uri = 'file:///ws/warm.agreement.md';
      await client.open(uri, draft(1));
      assert.deepEqual(shape(await client.diagnostics(uri, 1)), shape(analyze(draft(1)).findings.map((f) => ({ code: f.ruleId, range: f.range, message: f.message }))));
      let state = await warmUpState(client);
      for (let i = 0; i < 600 && !state.done; i++) {
        await new Promise((r) => setTimeout(r, 100));
        state = await warmUpState(client);
      }
      assert.ok(state.done, 'the warm-up ended within a minute');
      assert.ok(state.steps >= 100, `the warm-up ran its steps (${state.steps})`);
      // After the warm-up, an edit is still reviewed exactly as the core reviews the new text.
      await client.change(uri, 2, [{ text: draft(2) }]);
      assert.deepEqual(shape(await client.diagnostics(uri, 2)), shape(analyze(draft(2)).findings.map((f) => ({ code: f.ruleId, range: f.range, message: f.message }))));
    });
  });

  test('turned off with AGREEMENT_LINT_WARM_UP=0: no step runs', async () => {
    await withServer({ env: { ...hooks, AGREEMENT_LINT_WARM_UP: '0' } }, async (client) => {
      const uri = 'file:///ws/cold.agreement.md';
      await client.open(uri, draft(3));
      await client.diagnostics(uri, 1);
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(await warmUpState(client), { done: false, steps: 0 });
    });
  });
});
