/** Helpers of the extension-host suite: open drafts, wait for diagnostics, skip absent features. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, getRule, type Finding } from '../../server/src/core/index.js';

export const EXTENSION_ID = 'agreement-lint.agreement-lint';
export const SOURCE = 'agreement-lint';
export const EXAMPLE = 'screening-information.agreement.md';

/** The API `activate` returns (client/src/extension.ts). */
export interface Api {
  status(): { text: string; tooltip: string; visible: boolean };
  serverCapabilities(): Record<string, unknown> | undefined;
}

/** Why each skipped test was skipped, reported by the runner (shared by every bundled suite file). */
export const skipped: string[] = ((globalThis as { __agreementLintSkips?: string[] }).__agreementLintSkips ??= []);

/** Skips the running test, saying which feature this build lacks. */
export function skipUnless(ctx: Mocha.Context, present: unknown, feature: string): void {
  if (present) return;
  const line = `skipped: ${feature} not present`;
  skipped.push(`${ctx.test?.fullTitle() ?? '?'} — ${line}`);
  console.log(`    ${line}`);
  ctx.skip();
}

/** True when the rule is in the registry this suite was built with (the same sources as dist/). */
export function hasRule(id: string): boolean {
  return !!getRule(id);
}

export async function activateExtension(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the suite runs with a workspace folder open');
  return f.uri;
}

/**
 * How many copies were made, shared by every bundled suite file (each bundle has its own copy of
 * this module): a file name used twice could reach a test as the text an earlier test left in it.
 */
const copies: { n: number } = ((globalThis as { __agreementLintCopies?: { n: number } }).__agreementLintCopies ??= { n: 0 });
/** A fresh copy of the example draft in the workspace (the example itself is never modified). */
export async function copyOfExample(name?: string): Promise<vscode.Uri> {
  const root = workspaceRoot();
  const original = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, EXAMPLE));
  const uri = vscode.Uri.joinPath(root, 'copies', name ?? `draft-${++copies.n}.agreement.md`);
  await vscode.workspace.fs.writeFile(uri, original);
  return uri;
}

export async function writeFile(rel: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), rel);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

export async function open(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Our diagnostics for a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ofRule(uri: vscode.Uri, id: string): vscode.Diagnostic[] {
  return ours(uri).filter((d) => ruleOf(d) === id);
}

/** Polls until `test()` returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(test: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await test();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the document's diagnostics match what the core finds for its current text. */
export async function settled(doc: vscode.TextDocument, what = 'diagnostics to match the text'): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const expected = analyze(doc.getText(), { rules: currentRuleSettings(doc.uri) }).findings;
    const got = ours(doc.uri);
    return sameFindings(got, expected) ? got : undefined;
  }, what);
}

/** The `agreementLint.rules` setting for a document, as the server reads it. */
export function currentRuleSettings(uri: vscode.Uri): Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'> {
  return vscode.workspace.getConfiguration('agreementLint', uri).get('rules') ?? {};
}

function sameFindings(got: vscode.Diagnostic[], expected: Finding[]): boolean {
  if (got.length !== expected.length) return false;
  const key = (rule: string, l1: number, c1: number, l2: number, c2: number) => `${rule}@${l1}:${c1}-${l2}:${c2}`;
  const a = got.map((d) => key(ruleOf(d) ?? '', d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)).sort();
  const b = expected.map((f) => key(f.ruleId, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character)).sort();
  return a.every((k, i) => k === b[i]);
}

/** What the core finds in a text (the reference the editor's diagnostics are compared with). */
export function coreFindings(text: string, ruleId?: string): Finding[] {
  const all = analyze(text).findings;
  return ruleId ? all.filter((f) => f.ruleId === ruleId) : all;
}

export function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * The quick fixes offered for a diagnostic, as the lightbulb would list them. (The command's result
 * may omit `diagnostics`; the range asked for then ties the actions to the finding.)
 */
export async function quickFixes(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  )) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a).filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.edit !== undefined && (a.diagnostics === undefined || a.diagnostics.some((x) => ruleOf(x) === ruleOf(d) && x.range.isEqual(d.range))));
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('agreementLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Saves and closes every editor so one test leaves nothing behind for the next. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) if (doc.isDirty && doc.uri.scheme === 'file') await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
