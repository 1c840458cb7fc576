/**
 * Standard clauses: the "Insert standard clause..." command and clause completions. Both are
 * skipped, naming the feature, while the build has no such command or completion provider.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildModel, createLibrary, templateSnippets } from '../../../server/src/core/index.js';
import { EXTENSION_ID, activateExtension, closeAll, copyOfExample, open, settled, skipUnless, sleep, type Api } from '../helpers.js';

interface ContributedCommand {
  command: string;
  title: string;
}

/** The contributed command titled "Insert standard clause...", if this build has one. */
async function insertClauseCommand(): Promise<string | undefined> {
  const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes?: { commands?: ContributedCommand[] } };
  const c = pkg.contributes?.commands?.find((x) => /insert standard clause/i.test(x.title));
  if (!c) return undefined;
  const all = await vscode.commands.getCommands(true);
  return all.includes(c.command) ? c.command : undefined;
}

/** The line just after Article 3's last paragraph, where a clause would be added. */
function endOfArticle3(doc: vscode.TextDocument): vscode.Position {
  let line = doc.getText().split('\n').findIndex((l) => /^## Article 4\b/.test(l));
  assert.ok(line > 0, 'Article 4 heading');
  return new vscode.Position(line - 1, 0);
}

describe('Standard clauses', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAll();
  });

  it('"Insert standard clause..." inserts a clause at the cursor', async function () {
    const command = await insertClauseCommand();
    skipUnless(this, command, 'the "Insert standard clause..." command');
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    const at = endOfArticle3(doc);
    editor.selection = new vscode.Selection(at, at);
    const before = doc.getText();
    // The command asks which clause (and perhaps more); accept the first choice at each step.
    const done = vscode.commands.executeCommand(command!);
    let finished = false;
    void done.then(() => (finished = true), () => (finished = true));
    for (let i = 0; i < 8 && !finished && doc.getText() === before; i++) {
      await sleep(400);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await Promise.race([done, sleep(5000)]);
    const after = doc.getText();
    assert.notEqual(after, before, 'a clause was inserted');
    // The first entry of the pick list is the first built-in template, filled for this draft at the cursor.
    const offset = before.split('\n').slice(0, at.line).join('\n').length + 1;
    const first = templateSnippets(buildModel(before), createLibrary([]), offset)[0]!;
    assert.equal(after, before.slice(0, offset) + first.text + before.slice(offset), `the filled "${first.title}" clause is inserted at the cursor`);
    assert.ok(first.text.length > 40, 'the inserted text is a clause, not a word');
  });

  it('offers standard clauses as completions', async function () {
    const caps = api.serverCapabilities();
    skipUnless(this, caps?.['completionProvider'], 'clause completions (completionProvider)');
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    const at = endOfArticle3(doc);
    const triggers = ((caps!['completionProvider'] as { triggerCharacters?: string[] }).triggerCharacters ?? []);
    const attempts: (string | undefined)[] = [undefined, ...triggers];
    let clauses: vscode.CompletionItem[] = [];
    for (const trigger of attempts) {
      if (trigger) {
        await editor.edit((e) => e.insert(at, trigger));
      }
      const pos = trigger ? at.translate(0, trigger.length) : at;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger);
      clauses = (list?.items ?? []).filter((i) => {
        const text = typeof i.insertText === 'string' ? i.insertText : i.insertText?.value ?? '';
        return text.length > 40;
      });
      if (clauses.length > 0) break;
      if (trigger) await vscode.commands.executeCommand('undo');
    }
    assert.ok(clauses.length > 0, 'at least one clause-sized completion is offered');
    // Each is a standard clause filled from the front matter, as the core fills it at that place.
    const text = doc.getText();
    const snippets = templateSnippets(buildModel(text), createLibrary([]), doc.offsetAt(at));
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    for (const title of snippets.map((x) => x.title)) assert.ok(clauses.some((i) => label(i) === title), `the "${title}" clause is offered`);
    const item = clauses.find((i) => label(i) === snippets[0]!.title)!;
    const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText!.value;
    assert.equal(insert, snippets[0]!.text, 'the completion inserts the filled clause');
    assert.doesNotMatch(insert, /\{\{|\[PARTNER\]/, 'the placeholders of the template are filled');
  });
});
