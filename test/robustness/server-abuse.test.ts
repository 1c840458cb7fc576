/**
 * The language server under abuse, over stdio with a real server process: floods of changes,
 * versions out of order and repeated, close while a review is pending, a rule that throws,
 * cancelled requests, and memory after close. The test-only hooks (AGREEMENT_LINT_TEST_HOOKS=1,
 * see server/src/bin/test-hooks.ts) add a failing rule and a heap-size request.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/index.js';
import { LspClient, withServer } from '../helpers/lsp-client.js';

const hooks = { AGREEMENT_LINT_TEST_HOOKS: '1' };

function draftVersion(n: number): string {
  return `---\npartner: Freedonia\n---\n# Arrangement ${n}\n\n## Article 1\n\n1. Notices go to [PARTNER] by ${n % 3 === 0 ? '[DATE]' : 'the first of the month'}.\n`;
}

/** Codes and ranges of diagnostics, to compare with a core analysis. */
const shape = (ds: { code?: unknown; range: unknown; message: string }[]) => ds.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${d.message}`);

describe('language server under abuse', () => {
  test('10,000 rapid didChange notifications: the last version is published, never an older one after it', async () => {
    await withServer({ env: hooks }, async (client) => {
      const uri = 'file:///ws/flood.agreement.md';
      await client.open(uri, draftVersion(0));
      await client.diagnostics(uri, 1);
      const sends: Promise<void>[] = [];
      for (let v = 2; v <= 10_001; v++) {
        // Alternate full replacements and range edits (a range past the end is clamped to it).
        if (v % 2) sends.push(client.change(uri, v, [{ text: draftVersion(v) }]));
        else sends.push(client.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: draftVersion(v) }]));
      }
      await Promise.all(sends);
      const last = await client.diagnostics(uri, 10_001);
      assert.deepEqual(shape(last), shape(analyze(draftVersion(10_001)).findings.map((f) => ({ code: f.ruleId, range: f.range, message: f.message }))));
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `version ${versions[i]} published after ${versions[i - 1]}`);
      assert.ok(versions.length < 10_000, `a burst is reviewed far fewer times than it has changes (${versions.length})`);
    });
  });

  test('changes that arrive while a review runs: no diagnostics for a version already typed past, then the last version', async () => {
    await withServer({ env: hooks }, async (client) => {
      const uri = 'file:///ws/burst.agreement.md';
      // Each review of this draft takes at least 150 ms (the test-only slow rule).
      const text = (n: number) => `${draftVersion(n)}\n<!-- TEST-HOOK-SLOW-150 -->\n`;
      await client.open(uri, text(1));
      await client.diagnostics(uri, 1);
      const before = client.published.length;
      // Five changes 20 ms apart: the review of the first is still running when the others arrive.
      for (let v = 2; v <= 6; v++) {
        await client.change(uri, v, [{ text: text(v) }]);
        if (v < 6) await new Promise((r) => setTimeout(r, 20));
      }
      await client.diagnostics(uri, 6);
      // Let any late publication arrive before looking.
      await new Promise((r) => setTimeout(r, 400));
      const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
      assert.deepEqual(versions, [6], `published versions after the burst: ${versions.join(', ')}`);
    });
  });

  test('out-of-order and repeated versions: the final diagnostics are those of the text the server holds', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///ws/order.agreement.md';
      await client.open(uri, draftVersion(1), 'agreement', 5);
      await client.change(uri, 7, [{ text: draftVersion(7) }]);
      await client.change(uri, 6, [{ text: draftVersion(6) }]);
      await client.change(uri, 7, [{ text: draftVersion(3) }]);
      await client.change(uri, 8, [{ text: draftVersion(9) }]);
      const last = await client.diagnostics(uri, 8);
      assert.deepEqual(shape(last), shape(analyze(draftVersion(9)).findings.map((f) => ({ code: f.ruleId, range: f.range, message: f.message }))));
      // A code action asked with diagnostics of an older version gets no fix (it could land in the wrong place).
      const stale = { ...last[0]!, data: { ...(last[0]!.data as object), version: 6 } };
      const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale], only: ['quickfix'] } });
      assert.deepEqual(actions, []);
    });
  });

  test('close while a review is pending: an empty publication, and nothing for that document afterwards', async () => {
    await withServer({ settings: { debounceMs: 200 } }, async (client) => {
      const closed = 'file:///ws/closed.agreement.md';
      const other = 'file:///ws/other.agreement.md';
      await client.open(closed, draftVersion(3));
      await client.change(closed, 2, [{ text: draftVersion(6) }]);
      await client.close(closed);
      // Opened after the close, so its (equally debounced) review fires after any review of `closed` would have.
      await client.open(other, draftVersion(3));
      await client.diagnostics(other, 1);
      const forClosed = client.published.filter((p) => p.uri === closed);
      assert.deepEqual(forClosed.map((p) => p.diagnostics.length), [0], 'only the clearing publication');
    });
  });

  test('a rule that throws is isolated: logged once without document text, other findings still published', async () => {
    const marker = 'CONFIDENTIAL-MARKER-7731';
    await withServer({ env: hooks }, async (client) => {
      const uri = 'file:///ws/throws.agreement.md';
      const text = `# ${marker}\n\n1. Notices go to [PARTNER].\n`;
      await client.open(uri, text);
      const diags = await client.diagnostics(uri, 1);
      assert.ok(diags.some((d) => d.code === 'leftover-placeholder'), 'the other rules still report');
      await client.change(uri, 2, [{ text: `${text}\n2. Signed on [DATE].\n` }]);
      const diags2 = await client.diagnostics(uri, 2);
      assert.equal(diags2.filter((d) => d.code === 'leftover-placeholder').length, 2);
      const logged = client.messages.filter((m) => m.message.includes('test-failing-rule'));
      assert.equal(logged.length, 1, 'logged once');
      assert.match(logged[0]!.message, /failed and was skipped/);
      const everything = client.messages.map((m) => m.message).join('\n') + client.stderr.join('');
      assert.ok(!everything.includes(marker), 'the error text, which quotes the draft, is not logged');
    });
  });

  test('cancelled requests are answered (result or RequestCancelled) and the server goes on', async () => {
    await withServer({}, async (client) => {
      const uri = 'file:///ws/cancel.agreement.md';
      await client.open(uri, draftVersion(3));
      const diags = await client.diagnostics(uri, 1);
      const { CancellationTokenSource } = await import('vscode-jsonrpc');
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        const source = new CancellationTokenSource();
        const p = client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } }, source.token);
        source.cancel();
        outcomes.push(await p.then(() => 'answered', (e: { code?: number }) => (e.code === -32800 ? 'cancelled' : `error ${e.code}`)));
      }
      assert.ok(outcomes.every((o) => o === 'answered' || o === 'cancelled'), outcomes.join(', '));
      await client.change(uri, 2, [{ text: draftVersion(4) }]);
      assert.equal((await client.diagnostics(uri, 2)).length, analyze(draftVersion(4)).findings.length);
    });
  });

  test('memory returns near its baseline after a large draft is edited and closed', async () => {
    await withServer({ env: hooks }, async (client) => {
      const heap = async () => (await client.request<{ heapUsed: number; collected: boolean }>('agreementLint/test/heapUsed', {}));
      const big = (v: number) => `# Large ${v}\n\n${Array.from({ length: 3000 }, (_, i) => `## Article ${i + 1}\n\n1. Notices go to [PARTNER] by [DATE] (${v}).\n`).join('\n')}`;
      // One round: open a large draft, edit it a few times, and wait for the last review.
      const round = async (uri: string) => {
        await client.open(uri, big(1));
        await client.diagnostics(uri, 1);
        for (let v = 2; v <= 4; v++) await client.change(uri, v, [{ text: big(v) }]);
        await client.diagnostics(uri, 4);
      };
      const closeAndWait = async (uri: string) => {
        await client.close(uri);
        await client.waitFor(() => client.published.some((p) => p.uri === uri && p.diagnostics.length === 0), 'the clearing publication');
      };
      // The server's own idle warm-up (lsp/warm-up.ts) holds a draft while it runs: wait for its end.
      for (let i = 0; i < 600 && !(await client.request<{ done: boolean }>('agreementLint/test/warmUp', {})).done; i++) await new Promise((r) => setTimeout(r, 100));
      // Warm up with the same shape of work (modules, compiled code, caches that are not per document).
      await round('file:///ws/warm.agreement.md');
      await closeAndWait('file:///ws/warm.agreement.md');
      const baseline = await heap();
      assert.ok(baseline.collected, 'the test hook can collect garbage');
      const uri = 'file:///ws/large.agreement.md';
      await round(uri);
      const loaded = await heap();
      await closeAndWait(uri);
      const after = await heap();
      const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
      assert.ok(loaded.heapUsed - baseline.heapUsed > 8 * 1048576, `the open draft holds memory (${mb(baseline.heapUsed)} -> ${mb(loaded.heapUsed)}), so a leak would show`);
      assert.ok(after.heapUsed - baseline.heapUsed < 4 * 1048576, `heap after close ${mb(after.heapUsed)}, baseline ${mb(baseline.heapUsed)}, while open ${mb(loaded.heapUsed)}`);
    });
  });
});
