/**
 * Team configuration in a real workbench: each folder of the multi-root workspace (set up by
 * scripts/editors/vscode-suite.mjs) is reviewed with its own configuration, and a configuration file
 * edited on disk takes effect without a restart (hot reload), a broken one being reported on itself
 * while the last valid configuration stays in force.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE, activateExtension, closeAll, ofRule, open, ours, skipUnless, waitFor, workspaceRoot } from '../helpers.js';

const PLACEHOLDER = 'leftover-placeholder';
const UNUSED = 'unused-term';

/** The second workspace folder, if the suite runs in a multi-root workspace. */
function secondFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[1];
}

async function copyInto(folder: vscode.Uri, rel: string): Promise<vscode.Uri> {
  const original = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
  const uri = vscode.Uri.joinPath(folder, rel);
  await vscode.workspace.fs.writeFile(uri, original);
  return uri;
}

const severities = (uri: vscode.Uri, rule: string) => [...new Set(ofRule(uri, rule).map((d) => d.severity))];

describe('Team configuration', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAll);

  it('reviews each folder of a multi-root workspace with its own configuration', async function () {
    const second = secondFolder();
    skipUnless(this, second, 'a multi-root workspace (scripts/editors/vscode-suite.mjs)');
    const inFirst = await copyInto(workspaceRoot(), 'copies/multi-root.agreement.md');
    const inSecond = await copyInto(second!.uri, 'drafts/multi-root.agreement.md');
    await open(inFirst);
    await open(inSecond);
    // The first folder has no configuration: the rule's default severity. The second sets it to error.
    await waitFor(() => severities(inFirst, PLACEHOLDER).join() === String(vscode.DiagnosticSeverity.Warning), 'warnings in the first folder');
    await waitFor(() => severities(inSecond, PLACEHOLDER).join() === String(vscode.DiagnosticSeverity.Error), 'errors in the second folder');
    assert.equal(ofRule(inFirst, PLACEHOLDER).length, ofRule(inSecond, PLACEHOLDER).length, 'the same findings, at different severities');
  });

  it('reads a configuration file again when it changes on disk, and reports a broken one on itself', async function () {
    const second = secondFolder();
    skipUnless(this, second, 'a multi-root workspace (scripts/editors/vscode-suite.mjs)');
    const draft = await copyInto(second!.uri, 'hot/hot.agreement.md');
    const config = vscode.Uri.joinPath(second!.uri, 'hot', '.agreement-lint.yaml');
    const write = (text: string) => vscode.workspace.fs.writeFile(config, Buffer.from(text, 'utf8'));
    try {
      await open(draft);
      await waitFor(() => ofRule(draft, UNUSED).length > 0, 'the unused-term findings with no configuration in hot/');

      await write('rules:\n  unused-term: off\n');
      await waitFor(() => ours(draft).length > 0 && ofRule(draft, UNUSED).length === 0, 'unused-term turned off by the new file');
      // The folder's own configuration still applies beneath the new, nearer file.
      assert.deepEqual(severities(draft, PLACEHOLDER), [vscode.DiagnosticSeverity.Error]);

      await write('rules:\n  unused-term: of\n');
      const problems = await waitFor(() => {
        const d = ours(config);
        return d.length > 0 ? d : undefined;
      }, 'a diagnostic on the broken configuration file');
      assert.equal(problems[0]!.range.start.line, 1);
      assert.match(problems[0]!.message, /"of" is not a severity for rule "unused-term"; use error, warning, information, hint or off/);
      assert.equal(ofRule(draft, UNUSED).length, 0, 'the last valid configuration stays in force');

      await write('rules:\n  unused-term: information\n');
      await waitFor(() => ours(config).length === 0, 'the problem cleared once the file is corrected');
      await waitFor(() => severities(draft, UNUSED).join() === String(vscode.DiagnosticSeverity.Information), 'unused-term as information');
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
  });
});
