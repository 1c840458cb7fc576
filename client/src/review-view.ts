/**
 * The "Agreement Review" view: the review of the active draft (`agreementLint/review`), as the tree
 * built by review-tree.ts. While the view is shown, it asks again when the active editor changes and,
 * 300 ms after the last change, when the draft's diagnostics change (the server has then read the
 * text as it is). It redraws only the nodes that changed (each node keeps its id, so the editor
 * keeps what is open and selected). Clicking a node selects its clause; a missing element's inline
 * action applies the fix the server offers for it.
 */
import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node.js';
import { REVIEW_REQUEST, type Review } from '../../server/src/core/review/types.js';
import { buildReviewTree, changedNodes, indexTree, messageTree, missingCount, type ReviewNode, type NodeTarget } from './review-tree.js';

export const VIEW_ID = 'agreementLint.review';
const SOURCE = 'agreement-lint';
const DEBOUNCE_MS = 300;

/** What the view needs from the extension: the language client (once started) and the output channel. */
export interface ReviewViewHost {
  client(): LanguageClient | undefined;
  output: vscode.OutputChannel;
}

/** A tree item as the view gives it to the editor, for the integration tests. */
export interface ReviewItemSnapshot {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  color?: string;
  contextValue?: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  command?: { command: string; arguments: unknown[] };
  /** The fix the inline action applies. */
  fix?: { ruleId: string; title: string };
  children: ReviewItemSnapshot[];
}

/** A read-only look at the view, for the integration tests and other extensions. */
export interface ReviewViewApi {
  /** The draft shown, with the version of its text the review was asked for. */
  shown(): { uri: string; version: number } | undefined;
  /** `empty`: no draft; `ready`: a review; `unavailable`: the server offers none; `failed`: it failed. */
  state(): 'empty' | 'ready' | 'unavailable' | 'failed';
  /** Every item of the tree as the editor gets it (labels, icons, commands). */
  items(): Promise<ReviewItemSnapshot[]>;
  /** How many times the view asked the editor to redraw: the whole tree, and single nodes. */
  redraws(): { root: number; nodes: number };
}

type State = ReturnType<ReviewViewApi['state']>;

/** The view's data: the nodes by id. Elements are node ids, so a node keeps its identity across reviews. */
class ReviewTreeProvider implements vscode.TreeDataProvider<string> {
  private readonly changed = new vscode.EventEmitter<string | string[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  roots: ReviewNode[] = [];
  private index = indexTree([]);
  readonly redraws = { root: 0, nodes: 0 };

  /** Replaces the tree, and asks the editor to redraw only what differs. */
  set(roots: ReviewNode[]): void {
    const diff = changedNodes(this.roots, roots);
    this.roots = roots;
    this.index = indexTree(roots);
    if (diff.root) {
      this.redraws.root++;
      this.changed.fire(undefined);
    } else if (diff.changed.length > 0) {
      this.redraws.nodes += diff.changed.length;
      this.changed.fire(diff.changed);
    }
  }

  node(id: string): ReviewNode | undefined {
    return this.index.get(id)?.node;
  }

  getChildren(id?: string): string[] {
    const nodes = id === undefined ? this.roots : this.node(id)?.children ?? [];
    return nodes.map((n) => n.id);
  }

  getParent(id: string): string | undefined {
    return this.index.get(id)?.parent;
  }

  getTreeItem(id: string): vscode.TreeItem {
    const n = this.node(id);
    if (!n) return new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    const state = n.children.length === 0 ? vscode.TreeItemCollapsibleState.None : n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(n.label, state);
    item.id = n.id;
    if (n.description !== undefined) item.description = n.description;
    if (n.tooltip !== undefined) item.tooltip = new vscode.MarkdownString(n.tooltip);
    if (n.icon) item.iconPath = new vscode.ThemeIcon(n.icon.id, n.icon.color ? new vscode.ThemeColor(n.icon.color) : undefined);
    if (n.contextValue) item.contextValue = n.contextValue;
    if (n.target) item.command = { command: 'agreementLint.review.reveal', title: 'Go to the Clause', arguments: [n.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the view, its commands and the export command; returns the view's read-only API. */
export function registerReviewView(context: vscode.ExtensionContext, host: ReviewViewHost): ReviewViewApi {
  const provider = new ReviewTreeProvider();
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let shown: { uri: vscode.Uri; version: number } | undefined;
  let state: State = 'empty';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: vscode.CancellationTokenSource | undefined;
  let asked = 0;

  /** The draft the view is for: the active editor's document, when it may be a draft. */
  const activeDraft = (): vscode.TextDocument | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return undefined;
    if (doc.languageId === 'agreement' || (doc.languageId === 'markdown' && doc.uri.scheme === 'file')) return doc;
    // Reading the output channel (an editor too) keeps the draft in view.
    if (doc.uri.scheme === 'output' && shown) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown!.uri.toString());
    return undefined;
  };

  const show = (next: State, roots: ReviewNode[], doc: { uri: vscode.Uri; version: number } | undefined, review?: Review) => {
    state = next;
    shown = doc ? { uri: doc.uri, version: doc.version } : undefined;
    provider.set(roots);
    view.description = doc && next !== 'empty' ? fileName(doc.uri) : undefined;
    const missing = review ? missingCount(review) : 0;
    view.badge = missing > 0 ? { value: missing, tooltip: `${missing} checklist element${missing === 1 ? '' : 's'} missing` } : undefined;
    void vscode.commands.executeCommand('setContext', 'agreementLint.reviewedDraft', next === 'ready');
  };

  /** Asks the server for the review of the active draft and shows it, unless a newer ask overtook it. */
  const refresh = async () => {
    timer = undefined;
    const doc = activeDraft();
    const client = host.client();
    const ask = ++asked;
    inFlight?.cancel();
    inFlight = undefined;
    if (!doc || !client || client.needsStart()) {
      show('empty', [], undefined);
      return;
    }
    const cancel = (inFlight = new vscode.CancellationTokenSource());
    const version = doc.version;
    try {
      const review = await client.sendRequest<Review | null>(REVIEW_REQUEST, { uri: doc.uri.toString() }, cancel.token);
      if (ask !== asked) return;
      if (!review) show('empty', [], undefined);
      else show('ready', buildReviewTree(review), { uri: doc.uri, version }, review);
    } catch (e) {
      if (ask !== asked) return;
      if (e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound) {
        show('unavailable', messageTree('unavailable', 'The language server does not offer the review', `This version of the Agreement Lint language server does not answer the \`${REVIEW_REQUEST}\` request, so the review of the draft cannot be shown. The findings are still in the Problems panel.`), doc);
      } else if (e instanceof ResponseError && (e.code === ErrorCodes.ConnectionInactive || e.code === -32800 /* request cancelled */)) {
        // The server is (re)starting: its next diagnostics bring the view back.
        show('empty', [], undefined);
      } else {
        host.output.appendLine(`The review of the draft could not be made: ${e instanceof Error ? e.message : String(e)}`);
        show('failed', messageTree('failed', 'The review of this draft could not be made', 'The language server failed to review this draft. The Agreement Lint output channel says why.'), doc);
      }
    } finally {
      if (inFlight === cancel) inFlight = undefined;
      cancel.dispose();
    }
  };

  // A hidden view asks nothing (each review is a full analysis on the server); it catches up, at
  // once, when it is shown. Its badge and context key, which would be out of date, are cleared
  // meanwhile (a draft's language id still brings Export Review Report to the palette).
  let stale = false;
  const schedule = (ms = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!view.visible) {
      stale = true;
      view.badge = undefined;
      void vscode.commands.executeCommand('setContext', 'agreementLint.reviewedDraft', false);
      return;
    }
    timer = setTimeout(() => void refresh(), ms);
  };
  const isActive = (uri: vscode.Uri) => activeDraft()?.uri.toString() === uri.toString();

  /** The document and range a node points at, as the editor has the document now. */
  const targetOf = async (node: ReviewNode | undefined): Promise<{ doc: vscode.TextDocument; range: vscode.Range } | undefined> => {
    if (!node?.target || !shown) return undefined;
    const doc = await vscode.workspace.openTextDocument(shown.uri);
    return { doc, range: toRange(doc, node.target) };
  };

  context.subscriptions.push(
    view,
    provider,
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) {
        stale = false;
        schedule(0);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => schedule(50)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some(isActive)) schedule();
    }),
    // Typing postpones a review already due: the diagnostics of the text typed bring the next one.
    // (A review asked on a keystroke could be of text the server has not analysed yet.)
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (timer && e.contentChanges.length > 0 && isActive(e.document.uri)) schedule();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (shown && doc.uri.toString() === shown.uri.toString()) schedule(50);
    }),
    { dispose: () => (timer && clearTimeout(timer), inFlight?.cancel()) },
    vscode.commands.registerCommand('agreementLint.review.refresh', () => refresh()),
    vscode.commands.registerCommand('agreementLint.review.reveal', async (id: string) => {
      const t = await targetOf(provider.node(id));
      if (!t) return false;
      const editor = await vscode.window.showTextDocument(t.doc, { selection: t.range, preview: false, viewColumn: columnOf(t.doc) });
      editor.revealRange(t.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return true;
    }),
    vscode.commands.registerCommand('agreementLint.review.applyFix', (id: string) => applyFix(provider.node(id), targetOf, host)),
    vscode.commands.registerCommand('agreementLint.exportReviewReport', (uri?: vscode.Uri, target?: vscode.Uri) => exportReviewReport(host, uri instanceof vscode.Uri ? uri : shown?.uri, target)),
  );
  schedule(0);

  return {
    shown: () => (shown ? { uri: shown.uri.toString(), version: shown.version } : undefined),
    state: () => state,
    items: () => snapshot(provider),
    redraws: () => ({ ...provider.redraws }),
  };
}

/**
 * Applies the fix of a missing element: asks the editor for the code actions at the finding that
 * carries it (the server's quick fixes, each checked there before it is offered) and applies the one
 * with the fix's title. Says so, and changes nothing, when the server no longer offers it.
 */
async function applyFix(
  node: ReviewNode | undefined,
  targetOf: (n: ReviewNode) => Promise<{ doc: vscode.TextDocument; range: vscode.Range } | undefined>,
  host: ReviewViewHost,
): Promise<boolean> {
  if (!node?.fix) return false;
  const fix = node.fix;
  const t = await targetOf({ ...node, target: fix.range ? { range: fix.range } : { span: fix.span } });
  if (!t) return false;
  const { doc } = t;
  // The code actions are looked up by the diagnostic of the finding, so ask at its exact range.
  const diagnostic = vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === SOURCE && ruleOf(d) === fix.ruleId)
    .find((d) => d.range.intersection(t.range) !== undefined);
  const range = diagnostic?.range ?? t.range;
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const action = actions.find((a): a is vscode.CodeAction => a.title === fix.title && ('edit' in a || 'kind' in a));
  if (!action?.edit && !action?.command) {
    host.output.appendLine(`The fix "${fix.title}" (${fix.ruleId}) is not offered for the draft as it is now.`);
    void vscode.window.showWarningMessage(`Agreement Lint: the fix "${fix.title}" is no longer offered for this draft; the review is being brought up to date.`);
    return false;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  // Show the reviewer what was inserted.
  const edited = action.edit?.get(doc.uri)[0];
  if (edited) {
    const at = new vscode.Range(edited.range.start, edited.range.start);
    const editor = await vscode.window.showTextDocument(doc, { selection: at, preview: false, viewColumn: columnOf(doc) });
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}

/**
 * "Agreement Lint: Export Review Report": asks the server for the report of a draft as HTML or
 * Markdown (`agreementLint/reviewReport`), saves it where the reviewer chooses (next to the draft by
 * default) and offers to open it. `target` skips the save dialog (for keybindings and tests).
 */
export async function exportReviewReport(host: ReviewViewHost, fallback: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const uri = active && (active.languageId === 'agreement' || active.languageId === 'markdown') ? active.uri : fallback;
  const client = host.client();
  if (!uri || !client) {
    void vscode.window.showInformationMessage('Agreement Lint: open an agreement draft to export its review report.');
    return undefined;
  }
  const base = fileName(uri).replace(/(\.agreement)?\.md$/i, '');
  const dest =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Review Report',
      saveLabel: 'Export',
      defaultUri: vscode.Uri.joinPath(uri, '..', `${base}.review.html`),
      filters: { 'HTML report (prints to PDF)': ['html'], 'Markdown report (for a pull request)': ['md'] },
    }));
  if (!dest) return undefined;
  const format = /\.(md|markdown)$/i.test(dest.path) ? 'md' : 'html';
  let report: string | null;
  try {
    report = await client.sendRequest<string | null>('agreementLint/reviewReport', { uri: uri.toString(), format });
  } catch (e) {
    const unavailable = e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound;
    host.output.appendLine(`The review report could not be made: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(
      unavailable
        ? 'Agreement Lint: this language server does not make review reports. The command line makes them: agreement-lint report FILE --format html.'
        : 'Agreement Lint: the review report could not be made. See the output channel.',
    );
    return undefined;
  }
  if (typeof report !== 'string') {
    void vscode.window.showInformationMessage(`Agreement Lint: ${fileName(uri)} is not reviewed as an agreement draft, so it has no review report.`);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(dest, Buffer.from(report, 'utf8'));
  const open = format === 'html' ? 'Open in Browser' : 'Open';
  void vscode.window.showInformationMessage(`Agreement Lint: review report saved to ${fileName(dest)}.`, open).then(async (choice) => {
    if (choice !== open) return;
    if (format === 'html') await vscode.env.openExternal(dest);
    else await vscode.window.showTextDocument(dest, { preview: false });
  });
  return dest;
}

async function snapshot(provider: ReviewTreeProvider, parent?: string): Promise<ReviewItemSnapshot[]> {
  const out: ReviewItemSnapshot[] = [];
  for (const id of provider.getChildren(parent)) {
    const item = provider.getTreeItem(id);
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
    const s: ReviewItemSnapshot = {
      id,
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
      collapsible: item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded ? 'expanded' : item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed ? 'collapsed' : 'none',
      children: await snapshot(provider, id),
    };
    if (typeof item.description === 'string') s.description = item.description;
    if (item.tooltip) s.tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip.value;
    if (icon) s.icon = icon.id;
    // ThemeColor does not expose its id in this API version: the node has it.
    const color = icon?.color ? provider.node(id)?.icon?.color : undefined;
    if (color) s.color = color;
    if (item.contextValue) s.contextValue = item.contextValue;
    if (item.command) s.command = { command: item.command.command, arguments: item.command.arguments ?? [] };
    const fix = provider.node(id)?.fix;
    if (fix) s.fix = { ruleId: fix.ruleId, title: fix.title };
    out.push(s);
  }
  return out;
}

function toRange(doc: vscode.TextDocument, target: NodeTarget): vscode.Range {
  if ('range' in target) {
    const r = target.range;
    return doc.validateRange(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
  }
  return new vscode.Range(doc.positionAt(target.span.start), doc.positionAt(target.span.end));
}

/** The column where the document is already open, so that a click does not open it a second time. */
function columnOf(doc: vscode.TextDocument): vscode.ViewColumn | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : typeof c === 'object' ? String(c.value) : String(c);
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
