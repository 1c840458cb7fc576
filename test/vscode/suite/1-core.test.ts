/**
 * What exists in every build: activation on a draft, placeholder diagnostics with their rule id,
 * link, source and range, the quick fix through the code-action provider, settings that take effect
 * without a restart, the status bar count, and the outline.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits } from '../../../server/src/core/index.js';
import {
  EXAMPLE, activateExtension, closeAll, copyOfExample, coreFindings, ofRule, open, ours, quickFixes, ruleOf, setSetting, settled,
  skipUnless, toRange, waitFor, workspaceRoot, writeFile, type Api,
} from '../helpers.js';

const PLACEHOLDER = 'leftover-placeholder';

describe('Agreement Lint in the extension host', () => {
  let api: Api;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(closeAll);

  it('activates on an *.agreement.md draft and reviews it', async () => {
    const { doc } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    assert.equal(doc.languageId, 'agreement');
    const ext = vscode.extensions.getExtension('agreement-lint.agreement-lint');
    assert.ok(ext?.isActive, 'the extension is active');
    const diags = await settled(doc, 'the diagnostics of the example draft');
    assert.ok(diags.length >= 2, `the example draft has findings (got ${diags.length})`);
  });

  it('reports leftover placeholders with rule id, link, source and exact ranges', async () => {
    const { doc } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    await settled(doc);
    const diags = ofRule(doc.uri, PLACEHOLDER);
    const words = diags.map((d) => doc.getText(d.range)).sort();
    assert.deepEqual(words, ['[DATE]', '[PARTNER]']);
    for (const d of diags) {
      assert.equal(d.source, 'agreement-lint');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(typeof d.code === 'object' && d.code.value === PLACEHOLDER, 'code carries the rule id');
      const target = (d.code as { target: vscode.Uri }).target;
      assert.match(target.toString(), /\/leftover-placeholder\.md$/, 'code links to the rule doc');
      assert.match(d.message, /\[(PARTNER|DATE)\]/);
    }
    const partner = diags.find((d) => doc.getText(d.range) === '[PARTNER]')!;
    assert.match(doc.lineAt(partner.range.start.line).text, /^The Government of the United States of America and the Government of \[PARTNER\]/);
  });

  it('offers the quick fix and applying it edits the draft and clears the finding', async () => {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    const partner = ofRule(doc.uri, PLACEHOLDER).find((d) => doc.getText(d.range) === '[PARTNER]');
    assert.ok(partner, 'the [PARTNER] finding');
    const fixes = await quickFixes(doc.uri, partner);
    assert.ok(fixes.length >= 1, 'a quick fix is offered');
    assert.match(fixes[0]!.title, /Fill \[PARTNER\] with "the Republic of Freedonia"/);
    assert.equal(fixes[0]!.isPreferred, true);
    // The editor applies exactly what the core proposes.
    const core = coreFindings(doc.getText(), PLACEHOLDER).find((f) => toRange(f.range).isEqual(partner.range))!;
    const expected = applyEdits(doc.getText(), core.fixes[0]!.edits);
    assert.ok(await vscode.workspace.applyEdit(fixes[0]!.edit!), 'the edit applies');
    assert.equal(doc.getText(), expected);
    assert.match(doc.getText(), /and the Government of the Republic of Freedonia \(hereinafter/);
    await settled(doc, 'the finding to clear');
    const left = ofRule(doc.uri, PLACEHOLDER).map((d) => doc.getText(d.range));
    assert.deepEqual(left, ['[DATE]'], 'only [DATE] remains');
  });

  it('applies agreementLint.rules severities and "off" without a restart', async () => {
    const { doc } = await open(await copyOfExample());
    await settled(doc);
    try {
      await setSetting('rules', { [PLACEHOLDER]: 'error' });
      await waitFor(() => {
        const d = ofRule(doc.uri, PLACEHOLDER);
        return d.length === 2 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error);
      }, 'placeholders as errors');
      await setSetting('rules', { [PLACEHOLDER]: 'off' });
      await waitFor(() => ofRule(doc.uri, PLACEHOLDER).length === 0 && ours(doc.uri).length === coreFindings(doc.getText()).length - 2, 'placeholders off, other rules kept');
    } finally {
      await setSetting('rules', undefined);
    }
    await waitFor(() => {
      const d = ofRule(doc.uri, PLACEHOLDER);
      return d.length === 2 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning);
    }, 'placeholders back to warnings');
  });

  it('agreementLint.include brings a plain Markdown file under review, and taking it out clears it', async () => {
    const uri = await writeFile('notes/plain-draft.md', '# Notes\n\nThe Parties shall meet on [DATE].\n');
    const { doc } = await open(uri);
    assert.equal(doc.languageId, 'markdown');
    // A draft that is reviewed, opened after the plain file, proves the server has seen both.
    const { doc: draft } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    await settled(draft);
    assert.equal(ours(uri).length, 0, 'a plain .md file is not reviewed by default');
    try {
      await setSetting('include', ['notes/**/*.md']);
      const diags = await waitFor(() => (ofRule(uri, PLACEHOLDER).length === 1 ? ofRule(uri, PLACEHOLDER) : undefined), 'the included file to be reviewed');
      assert.equal(doc.getText(diags[0]!.range), '[DATE]');
    } finally {
      await setSetting('include', undefined);
    }
    await waitFor(() => ours(uri).length === 0, 'the findings to clear once the file is no longer included');
  });

  it('shows the finding count in the status bar', async () => {
    const { doc } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    const diags = await settled(doc);
    const s = await waitFor(() => {
      const st = api.status();
      return st.visible && st.text.endsWith(`Agreement: ${diags.length}`) ? st : undefined;
    }, `the status bar to show "Agreement: ${diags.length}"`);
    assert.match(s.tooltip, new RegExp(`${diags.length} finding`));
    // Fixing a finding updates the count.
    const { doc: copy } = await open(await copyOfExample());
    await settled(copy);
    const partner = ofRule(copy.uri, PLACEHOLDER).find((d) => copy.getText(d.range) === '[PARTNER]')!;
    const [fix] = await quickFixes(copy.uri, partner);
    assert.ok(fix?.edit && (await vscode.workspace.applyEdit(fix.edit)));
    const after = await settled(copy);
    assert.equal(after.length, diags.length - 1);
    await waitFor(() => api.status().text.endsWith(`Agreement: ${after.length}`), `the status bar to show "Agreement: ${after.length}"`);
  });

  it('outlines the draft: the articles are document symbols', async function () {
    const { doc } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    await settled(doc);
    skipUnless(this, api.serverCapabilities()?.['documentSymbolProvider'], 'outline (documentSymbolProvider)');
    const symbols = await waitFor(
      async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length > 0 ? s : undefined;
      },
      'document symbols',
    );
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (flat.push(s), walk(s.children ?? [])));
    walk(symbols);
    for (let n = 1; n <= 5; n++) {
      const s = flat.find((x) => new RegExp(`\\bArticle ${n}\\b`).test(x.name));
      assert.ok(s, `Article ${n} is in the outline (got: ${flat.map((x) => x.name).join(' | ')})`);
      assert.match(doc.lineAt(s.selectionRange.start.line).text, new RegExp(`Article ${n}\\b`), `Article ${n} points at its heading`);
    }
    assert.ok(flat.some((x) => /Preamble/i.test(x.name)), 'the preamble is in the outline');
  });

  it('keeps rule ids in the diagnostics identical to the rule registry', async () => {
    const { doc } = await open(vscode.Uri.joinPath(workspaceRoot(), EXAMPLE));
    const diags = await settled(doc);
    const ids = new Set(coreFindings(doc.getText()).map((f) => f.ruleId));
    assert.deepEqual(new Set(diags.map(ruleOf)), ids);
  });
});
