/**
 * Team configuration in the server, over real JSON-RPC: findings follow the configuration files;
 * the editor's settings apply on top; the resolved configuration is the CLI's for the same draft;
 * each folder of a multi-root workspace has its own; a broken file is reported on itself while the
 * last valid configuration stays in force; a changed file is read again (hot reload); include and
 * exclude decide which files are reviewed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, withServer } from '../helpers/lsp-client.js';
import { cliBin, examplesDir } from '../helpers/paths.js';
import { tempDir } from '../helpers/tmp.js';

const example = fs.readFileSync(path.join(examplesDir, 'screening-information.agreement.md'), 'utf8');
const uriOf = (p: string) => pathToFileURL(p).href;
const ruleOf = (d: Diagnostic) => String(d.code);
const severityOf = (ds: Diagnostic[], rule: string) => [...new Set(ds.filter((d) => ruleOf(d) === rule).map((d) => d.severity))];

/** A workspace folder (a repository of its own) holding `files`. */
function workspace(files: Record<string, string>): string {
  const root = tempDir('agreement-lint-lsp-config');
  fs.mkdirSync(path.join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** The latest diagnostics published for `uri` once `test` holds for them. */
async function until(client: LspClient, uri: string, test: (ds: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  const latest = () => [...client.published].reverse().find((p) => p.uri === uri)?.diagnostics;
  await client.waitFor(() => {
    const ds = latest();
    return ds !== undefined && test(ds);
  }, what);
  return latest()!;
}

const teamConfig = 'rules:\n  leftover-placeholder: error\n  unused-term: off\ninclude: ["notes/**/*.md"]\nexclude: ["drafts/archive/**"]\nhandlingCaveats: [LES]\n';

describe('team configuration over stdio', () => {
  test('findings follow the configuration files', async () => {
    const ws = workspace({ '.agreement-lint.yaml': teamConfig, 'drafts/a.agreement.md': example });
    await withServer({ rootPath: ws }, async (client) => {
      const uri = uriOf(path.join(ws, 'drafts/a.agreement.md'));
      await client.open(uri, example);
      const ds = await client.diagnostics(uri, 1);
      assert.deepEqual(severityOf(ds, 'leftover-placeholder'), [1], 'error, as the file says');
      assert.deepEqual(severityOf(ds, 'unused-term'), [], 'off, as the file says');
      assert.deepEqual(severityOf(ds, 'missing-privacy-act-handling'), [2], 'a rule the file does not name keeps its default');
    });
  });

  test('the editor settings apply on top of the files', async () => {
    const ws = workspace({ '.agreement-lint.yaml': teamConfig, 'drafts/a.agreement.md': example });
    await withServer({ rootPath: ws, settings: { rules: { 'leftover-placeholder': 'hint' } } }, async (client) => {
      const uri = uriOf(path.join(ws, 'drafts/a.agreement.md'));
      await client.open(uri, example);
      const ds = await client.diagnostics(uri, 1);
      assert.deepEqual(severityOf(ds, 'leftover-placeholder'), [4], 'the setting wins over the file');
      assert.deepEqual(severityOf(ds, 'unused-term'), [], 'the file still applies where the setting says nothing');
      const resolved = await client.request<{ rules: Record<string, { severity: string; source: string }> }>('agreementLint/resolvedConfig', { uri });
      assert.deepEqual(resolved.rules['leftover-placeholder'], { severity: 'hint', source: 'VS Code settings' });
      assert.deepEqual(resolved.rules['unused-term'], { severity: 'off', source: '.agreement-lint.yaml' });
    });
  });

  test('the server resolves the same configuration as agreement-lint --print-config', async () => {
    const ws = workspace({
      'node_modules/@agency/standards/agreement-lint.yaml': 'rules:\n  unresolved-comment: error\nhandlingCaveats: [NOFORN]\n',
      '.agreement-lint.yaml': 'extends: "@agency/standards/agreement-lint.yaml"\nrules:\n  unused-term: hint\n',
      'team/.agreement-lint.yaml': teamConfig,
      'team/.agreement-lint/clauses/x.md': '',
      'team/.agreement-lint/playbooks/p.yaml': 'kind: wording\nmessage: Say when the restriction applies.\nwording:\n  - pattern: under no circumstances\n',
      'team/drafts/a.agreement.md': example,
    });
    const draft = path.join(ws, 'team/drafts/a.agreement.md');
    const cli = spawnSync(process.execPath, [cliBin, '--print-config', 'team/drafts/a.agreement.md', '--format', 'json'], { cwd: ws, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout) as Record<string, unknown>;
    await withServer({ rootPath: ws }, async (client) => {
      const fromServer = await client.request<Record<string, unknown>>('agreementLint/resolvedConfig', { uri: uriOf(draft) });
      assert.deepEqual(fromServer, fromCli);
    });
    assert.deepEqual(fromCli['configFiles'], ['node_modules/@agency/standards/agreement-lint.yaml', '.agreement-lint.yaml', 'team/.agreement-lint.yaml']);
  });

  test("a playbook in .agreement-lint/playbooks/ reports through the server, linked to its file, at the configured severity", async () => {
    const playbook = 'kind: wording\nmessage: Say when the restriction applies.\nseverity: warning\nwording:\n  - pattern: under no circumstances\n';
    const draft = example.replace(/(## Article 3[^\n]*\n\n)/, '$1Under no circumstances shall the Parties delay a reply.\n\n');
    assert.notEqual(draft, example, 'the wording was put in the draft');
    const ws = workspace({ '.agreement-lint.yaml': 'rules:\n  playbook/no-absolutes: error\n', '.agreement-lint/playbooks/no-absolutes.yaml': playbook, 'drafts/a.agreement.md': draft });
    await withServer({ rootPath: ws }, async (client) => {
      const uri = uriOf(path.join(ws, 'drafts/a.agreement.md'));
      await client.open(uri, draft);
      const found = (await client.diagnostics(uri, 1)).filter((d) => ruleOf(d) === 'playbook/no-absolutes');
      assert.equal(found.length, 1, 'one finding of the playbook');
      assert.equal(found[0]!.severity, 1, 'the configuration raises it to an error');
      assert.equal(found[0]!.codeDescription?.href, uriOf(path.join(ws, '.agreement-lint/playbooks/no-absolutes.yaml')));
    });
  });

  test('each folder of a multi-root workspace has its own configuration', async () => {
    const a = workspace({ '.agreement-lint.yaml': 'rules:\n  leftover-placeholder: error\n' });
    const b = workspace({ '.agreement-lint.json': '{ "rules": { "leftover-placeholder": "off" } }\n' });
    await withServer({ workspaceFolders: [a, b] }, async (client) => {
      const ua = uriOf(path.join(a, 'x.agreement.md'));
      const ub = uriOf(path.join(b, 'x.agreement.md'));
      await client.open(ua, example);
      await client.open(ub, example);
      assert.deepEqual(severityOf(await client.diagnostics(ua, 1), 'leftover-placeholder'), [1]);
      const inB = await client.diagnostics(ub, 1);
      assert.deepEqual(severityOf(inB, 'leftover-placeholder'), []);
      assert.ok(inB.length > 0, 'the other rules still run in the second folder');
    });
  });

  test('a broken file is reported on itself, the last valid configuration stays in force, and a corrected file is read again', async () => {
    const ws = workspace({ '.agreement-lint.yaml': teamConfig, 'drafts/a.agreement.md': example });
    const configFile = path.join(ws, '.agreement-lint.yaml');
    const configUri = uriOf(configFile);
    await withServer({ rootPath: ws }, async (client) => {
      const uri = uriOf(path.join(ws, 'drafts/a.agreement.md'));
      await client.open(uri, example);
      await until(client, uri, (ds) => severityOf(ds, 'leftover-placeholder')[0] === 1, 'the first review');

      fs.writeFileSync(configFile, 'rules:\n  leftover-placeholder: error\n  unused-term: of\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const problems = await until(client, configUri, (ds) => ds.length > 0, 'diagnostics on the configuration file');
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.source, 'agreement-lint');
      assert.equal(problems[0]!.severity, 1);
      assert.deepEqual(problems[0]!.range.start, { line: 2, character: 15 });
      assert.match(problems[0]!.message, /^"of" is not a severity for rule "unused-term"; use error, warning, information, hint or off\. The last valid content of this file stays in force until it is corrected\.$/);
      await client.waitFor(() => client.messages.some((m) => m.type === 2 && m.message.includes('.agreement-lint.yaml:3:16: "of" is not a severity')), 'one log line');
      // The draft is still reviewed with the last valid configuration: unused-term stays off.
      const during = await until(client, uri, (ds) => ds.length > 0, 'the review with the last valid configuration');
      assert.deepEqual(severityOf(during, 'unused-term'), []);
      assert.deepEqual(severityOf(during, 'leftover-placeholder'), [1]);

      fs.writeFileSync(configFile, 'rules:\n  leftover-placeholder: error\n  unused-term: information\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await until(client, configUri, (ds) => ds.length === 0, 'the configuration diagnostics cleared');
      const after = await until(client, uri, (ds) => severityOf(ds, 'unused-term').length > 0, 'the review with the corrected file');
      assert.deepEqual(severityOf(after, 'unused-term'), [3]);
    });
  });

  test('a configuration file created while the server runs is read (hot reload)', async () => {
    const ws = workspace({ 'drafts/a.agreement.md': example });
    await withServer({ rootPath: ws }, async (client) => {
      const uri = uriOf(path.join(ws, 'drafts/a.agreement.md'));
      await client.open(uri, example);
      await until(client, uri, (ds) => severityOf(ds, 'leftover-placeholder')[0] === 2, 'the default severity');
      fs.writeFileSync(path.join(ws, 'drafts', '.agreement-lint.yml'), 'rules:\n  leftover-placeholder: error\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(ws, 'drafts', '.agreement-lint.yml')), type: 1 }] });
      await until(client, uri, (ds) => severityOf(ds, 'leftover-placeholder')[0] === 1, 'the severity of the new file');
    });
  });

  test('include brings Markdown files under review; exclude keeps files out', async () => {
    const ws = workspace({ '.agreement-lint.yaml': teamConfig });
    await withServer({ rootPath: ws }, async (client) => {
      const note = uriOf(path.join(ws, 'notes/n.md'));
      const archived = uriOf(path.join(ws, 'drafts/archive/old.agreement.md'));
      const marker = uriOf(path.join(ws, 'drafts/marker.agreement.md'));
      await client.open(note, 'On [DATE].\n', 'markdown');
      assert.deepEqual(severityOf(await client.diagnostics(note, 1), 'leftover-placeholder'), [1]);
      await client.open(archived, 'On [DATE].\n');
      // A later draft's diagnostics prove the excluded draft was passed over.
      await client.open(marker, 'On [DATE].\n');
      await client.diagnostics(marker, 1);
      assert.ok(!client.published.some((p) => p.uri === archived && p.diagnostics.length > 0));
      const resolved = await client.request<{ reviewed: boolean }>('agreementLint/resolvedConfig', { uri: archived });
      assert.equal(resolved.reviewed, false);
    });
  });
});
