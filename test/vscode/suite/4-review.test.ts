/**
 * The "Agreement Review" view on the example draft: its items appear, a click selects the clause,
 * a missing element's inline fix edits the draft and the element is then present, an edit redraws
 * only what it changed, and the review report is exported. Skipped, saying so, while the language
 * server does not answer `agreementLint/review`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits } from '../../../server/src/core/index.js';
import type { ReviewItemSnapshot, ReviewViewApi } from '../../../client/src/review-view.js';
import { activateExtension, closeAll, copyOfExample, coreFindings, open, settled, skipUnless, waitFor, workspaceRoot } from '../helpers.js';

type Items = ReviewItemSnapshot[];

function flatten(items: Items): ReviewItemSnapshot[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}

describe('Agreement Review view', () => {
  let review: ReviewViewApi;
  before(async () => {
    const api = (await activateExtension()) as unknown as { review?: () => ReviewViewApi };
    assert.ok(api.review, 'the extension\'s API gives the review view');
    review = api.review();
    // Show the view, as a reviewer opens it.
    await vscode.commands.executeCommand('agreementLint.review.focus');
  });
  afterEach(closeAll);

  /** Waits until the view shows a review of the document's current text, or says it has none. */
  async function reviewed(doc: vscode.TextDocument, ctx: Mocha.Context, what = 'the review of the draft'): Promise<Items> {
    await waitFor(() => {
      const s = review.shown();
      return s?.uri === doc.uri.toString() && s.version === doc.version && review.state() !== 'empty';
    }, what);
    skipUnless(ctx, review.state() !== 'unavailable', 'the agreementLint/review request in the language server');
    assert.equal(review.state(), 'ready', 'the review was made');
    return review.items();
  }

  /** The items once `test` holds of them (a review of the current text may still be on its way). */
  async function itemsWhen(doc: vscode.TextDocument, test: (all: ReviewItemSnapshot[]) => boolean, what: string): Promise<ReviewItemSnapshot[]> {
    return waitFor(async () => {
      const s = review.shown();
      if (s?.uri !== doc.uri.toString() || s.version !== doc.version || review.state() !== 'ready') return undefined;
      const all = flatten(await review.items());
      return test(all) ? all : undefined;
    }, what);
  }

  it('shows the checklists, provisions and flows of the example draft', async function () {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    const items = await reviewed(doc, this);
    const top = items.map((i) => i.id);
    for (const id of ['summary', 'checklist/dissemination', 'checklist/privacy', 'checklist/classified', 'provisions', 'flows', 'conflicts', 'suppressions']) {
      assert.ok(top.includes(id), `the view has "${id}" at the top (got ${top.join(', ')})`);
    }
    const all = flatten(items);
    const byId = (id: string) => all.find((i) => i.id === id)!;
    assert.equal(byId('summary').description, 'Arrangement on the Exchange of Terrorism Screening Information');
    assert.equal(byId('summary/classification').description, 'SECRET');
    // The example names biographic data and is SECRET, with no privacy or classified terms.
    for (const id of ['checklist/privacy', 'checklist/classified']) {
      const list = byId(id);
      assert.notEqual(list.description, 'does not apply', `${id} applies to the example`);
      assert.ok(list.children.some((c) => c.contextValue?.startsWith('reviewItem.missing')), `${id} has a missing element`);
    }
    // Each element's icon says its state.
    const icons: Record<string, string> = { present: 'pass', missing: 'warning', 'not-applicable': 'circle-slash' };
    for (const item of all.filter((i) => i.contextValue?.startsWith('reviewItem.'))) {
      const state = item.contextValue!.split('.')[1]!;
      assert.equal(item.icon, icons[state], `${item.id}: ${state} has the ${icons[state]} icon`);
      assert.ok(item.tooltip && item.tooltip.length > item.label.length, `${item.id} has a tooltip that says more than its name`);
    }
    // Article 3(1) is the over-restrictive provision of the example.
    const provision = byId('provisions').children.find((c) => c.label === 'Article 3(1)');
    assert.ok(provision, `Article 3(1) is among the provisions (got ${byId('provisions').children.map((c) => c.label).join(', ')})`);
    assert.match(provision.description ?? '', /^over-restrictive — /);
    assert.equal(provision.icon, 'warning');
  });

  it('a click on a provision selects its clause in the editor', async function () {
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    const items = flatten(await reviewed(doc, this));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const provision = items.find((i) => i.contextValue?.startsWith('reviewProvision') && i.label === 'Article 3(1)');
    assert.ok(provision?.command, 'the provision has a click command');
    // What VS Code runs on a click.
    await vscode.commands.executeCommand(provision.command.command, ...provision.command.arguments);
    const active = await waitFor(() => (vscode.window.activeTextEditor?.document === doc && !vscode.window.activeTextEditor.selection.isEmpty ? vscode.window.activeTextEditor : undefined), 'the clause to be selected');
    const selected = doc.getText(active.selection);
    assert.match(selected, /disseminated|solely for the purpose/, `the selection is in Article 3(1) (got "${selected.slice(0, 80)}")`);
    const line = doc.lineAt(active.selection.start.line).text;
    assert.match(line, /^1\. Information received under this Arrangement shall be used solely/, 'the selection is on the first paragraph of Article 3');
    assert.equal(vscode.window.visibleTextEditors.filter((e) => e.document === doc).length, 1, 'the draft is not opened a second time');
  });

  it('a click on a present element or a flow selects where the draft supplies it', async function () {
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    const items = flatten(await reviewed(doc, this));
    const clickable = items.filter((i) => i.command && (i.contextValue === 'reviewItem.present' || i.contextValue?.startsWith('reviewFlow')));
    skipUnless(this, clickable.length > 0, 'a present element or a flow in the example draft');
    for (const item of clickable) {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      assert.equal(await vscode.commands.executeCommand(item.command!.command, ...item.command!.arguments), true, `${item.id}: the click goes somewhere`);
      const sel = vscode.window.activeTextEditor!.selection;
      assert.ok(!sel.isEqual(new vscode.Selection(0, 0, 0, 0)), `${item.id}: the selection moved`);
      assert.ok(sel.start.line > 0 && sel.start.line < doc.lineCount, `${item.id}: in the draft`);
    }
  });

  it('the inline fix of a missing element edits the draft, and the element is then present', async function () {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    const items = flatten(await reviewed(doc, this));
    // The example exchanges biographic data with no privacy terms: the privacy elements are missing,
    // and the standard Protection of Personal Data article supplies them.
    const fixable = items.filter((i) => i.contextValue?.endsWith('.fixable') && i.fix);
    skipUnless(this, fixable.length > 0, 'a missing element with a fix in the review of the example draft');
    const item = fixable.find((i) => i.id.startsWith('item/privacy/')) ?? fixable[0]!;
    // The edit the core proposes under that title, for the finding of that rule.
    const before = doc.getText();
    const proposed = coreFindings(before, item.fix!.ruleId).flatMap((f) => f.fixes).find((f) => f.title === item.fix!.title);
    assert.ok(proposed, `the core proposes "${item.fix!.title}"`);
    // What VS Code runs on the inline action: the command with the item.
    const applied = await vscode.commands.executeCommand<boolean>('agreementLint.review.applyFix', item.id);
    assert.equal(applied, true, `the fix "${item.fix!.title}" of ${item.id} was applied (fixable: ${fixable.map((i) => i.id).join(', ')})`);
    assert.notEqual(doc.getText(), before, 'the draft changed');
    assert.equal(doc.getText(), applyEdits(before, proposed.edits), 'the view applied the fix the core proposes');
    await settled(doc, 'the diagnostics of the fixed draft');
    const after = await itemsWhen(doc, (all) => all.find((i) => i.id === item.id)?.contextValue === 'reviewItem.present', `${item.id} to be present after the fix`);
    const now = after.find((i) => i.id === item.id)!;
    assert.equal(now.icon, 'pass');
    assert.ok(now.command, 'the element now goes to the clause that supplies it');
  });

  it('an edit redraws the nodes it changes, not the whole tree', async function () {
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    await reviewed(doc, this);
    const findings = (await review.items()).find((i) => i.id === 'summary')!.children.find((c) => c.id === 'summary/findings')!.description;
    const before = review.redraws();
    // Fill the [DATE] placeholder: one finding less, nothing else moves.
    const text = doc.getText();
    const at = text.indexOf('[DATE]');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 6)), '1 January 2027'));
    await settled(doc);
    await itemsWhen(doc, (all) => all.find((i) => i.id === 'summary/findings')?.description !== findings, 'the finding count to change in the summary');
    const after = review.redraws();
    assert.equal(after.root, before.root, 'the whole tree was not redrawn');
    assert.ok(after.nodes > before.nodes, 'the changed nodes were redrawn');
  });

  it('a hidden view asks nothing, and catches up when it is shown again', async function () {
    const { doc, editor } = await open(await copyOfExample());
    await settled(doc);
    await reviewed(doc, this);
    const reviewedVersion = review.shown()!.version;
    await vscode.commands.executeCommand('workbench.view.explorer');
    try {
      const at = doc.getText().indexOf('[DATE]');
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 6)), '1 January 2027'));
      await settled(doc, 'the diagnostics of the edited draft');
      assert.equal(review.shown()?.version, reviewedVersion, 'while hidden, the view did not ask for the edited draft');
    } finally {
      await vscode.commands.executeCommand('agreementLint.review.focus');
    }
    await itemsWhen(doc, (all) => all.some((i) => i.id === 'summary/findings'), 'the view to catch up with the edited draft');
    assert.equal(review.shown()?.version, doc.version);
  });

  it('exports the review report as HTML and as Markdown', async function () {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    await reviewed(doc, this);
    for (const [ext, looks] of [['html', /<html[\s>]/i], ['md', /^#+ /m]] as const) {
      const target = vscode.Uri.joinPath(workspaceRoot(), 'reports', `example.review.${ext}`);
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('agreementLint.exportReviewReport', doc.uri, target);
      assert.equal(saved?.toString(), target.toString(), `the ${ext} report was saved`);
      const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
      assert.match(text, looks, `the ${ext} report is ${ext === 'html' ? 'HTML' : 'Markdown'}`);
      assert.match(text, /Terrorism Screening Information/, `the ${ext} report names the draft`);
    }
  });

  it('shows nothing but its welcome when no draft is open', async () => {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    // A review, or the one item saying the server has none: either way the view shows the draft.
    await waitFor(() => review.shown()?.uri === doc.uri.toString() && review.state() !== 'empty', 'the view to show the draft');
    assert.ok((await review.items()).length > 0, 'the view has items while the draft is open');
    await closeAll();
    await waitFor(() => review.state() === 'empty', 'the view to empty');
    assert.deepEqual(await review.items(), []);
    assert.equal(review.shown(), undefined);
  });
});
