/**
 * The server accepts playbook rule ids in `agreementLint.rules` (over stdio, as an editor drives
 * it). The server receives the playbooks themselves from the team configuration; this checks the
 * part that is the server's own before that: the setting is read without a complaint, and a
 * malformed playbook id is reported once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspClient } from '../helpers/lsp-client.js';

test('agreementLint.rules takes playbook/<name> ids; a malformed one is reported', async () => {
  const client = new LspClient({ rootPath: '/ws', settings: { debounceMs: 0, rules: { 'playbook/team-check': 'error', 'playbook/Not Kebab': 'off', 'leftover-placeholder': 'error' } } });
  try {
    await client.initialize();
    const uri = 'file:///ws/a.agreement.md';
    await client.open(uri, 'On [DATE].\n');
    const diags = await client.diagnostics(uri, 1);
    assert.equal(diags.length, 1);
    assert.equal(diags[0]!.severity, 1, 'the other entries of the setting still apply');
    await client.waitFor(() => client.messages.some((m) => m.message.includes('Not Kebab')));
    assert.match(client.messages.find((m) => m.message.includes('Not Kebab'))!.message, /"playbook\/Not Kebab", which is not a playbook id/);
    assert.equal(client.messages.filter((m) => m.message.includes('team-check')).length, 0, 'a well-formed playbook id is accepted');
  } finally {
    await client.shutdown();
  }
});
