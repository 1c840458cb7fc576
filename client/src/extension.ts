/**
 * The VS Code client: starts the language server, keeps it running, and shows the active draft's
 * finding count. The only part of the project that knows the `vscode` API.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { registerReviewView, type ReviewViewApi } from './review-view.js';

const SOURCE = 'agreement-lint';
let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;

/** What `activate` returns: a read-only view for the integration tests and other extensions. */
export interface AgreementLintApi {
  /** The status bar item as a reviewer sees it. */
  status(): { text: string; tooltip: string; visible: boolean };
  /** The capabilities the language server announced, once it runs. */
  serverCapabilities(): object | undefined;
  /** The "Agreement Review" view of the active draft. */
  review(): ReviewViewApi;
}
let statusVisible = false;

export async function activate(context: vscode.ExtensionContext): Promise<AgreementLintApi> {
  output = vscode.window.createOutputChannel('Agreement Lint');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Agreement Lint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand('agreementLint.restartServer', async () => {
      if (client) {
        output.appendLine('Restarting the language server on request.');
        await client.restart();
      } else {
        await start(context);
      }
    }),
    vscode.commands.registerCommand('agreementLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('agreementLint.insertStandardClause', () => insertStandardClause(context)),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidOpenTextDocument(() => void startIfNeeded(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('agreementLint')) void startIfNeeded(context);
    }),
  );
  // A team configuration created in a workspace without one may bring Markdown files under review.
  const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB, false, true, true);
  context.subscriptions.push(
    configWatcher,
    configWatcher.onDidCreate(() => {
      configSearch = Promise.resolve(true);
      void startIfNeeded(context);
    }),
  );
  const review = registerReviewView(context, { client: () => client, output });
  await startIfNeeded(context);
  updateStatus();
  return {
    status: () => ({ text: status.text, tooltip: typeof status.tooltip === 'string' ? status.tooltip : '', visible: statusVisible }),
    serverCapabilities: () => client?.initializeResult?.capabilities,
    review: () => review,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** A standard clause as the server lists it (`agreementLint/templates`), filled for the draft. */
interface TemplateListItem {
  id: string;
  title: string;
  kind: string;
  description?: string;
  origin: string;
  text: string;
  /** Renumbering of later articles and the references to them, when an article goes before them. */
  edits?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/**
 * "Insert Standard Clause...": a quick pick over the built-in and team templates, each filled
 * from the active draft's front matter by the server, inserted at the cursor.
 */
async function insertStandardClause(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Agreement Lint: open a draft to insert a standard clause into.');
    return;
  }
  await start(context);
  if (!client) return;
  const doc = editor.document;
  const position = editor.selection.active;
  let items: TemplateListItem[];
  try {
    items = await client.sendRequest<TemplateListItem[]>('agreementLint/templates', { uri: doc.uri.toString(), position: { line: position.line, character: position.character } });
  } catch (e) {
    output.appendLine(`The standard clauses could not be listed: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Agreement Lint: no standard clauses are available for this document.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    items.map((t) => ({
      label: t.title,
      description: `${t.id} · ${t.kind}`,
      detail: [t.description, t.origin === 'built-in' ? undefined : `Team template: ${t.origin}`].filter(Boolean).join(' — ') || undefined,
      item: t,
    })),
    { placeHolder: 'Insert a standard clause (type a title or an id)', matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked || editor.document !== doc) return;
  const item = picked.item;
  await editor.edit((b) => {
    b.replace(editor.selection, item.text);
    for (const e of item.edits ?? []) b.replace(new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  });
}

/** The team configuration files (see docs/configuration.md). */
const CONFIG_GLOB = '**/.agreement-lint.{yaml,yml,json}';
/** Whether the workspace holds a team configuration file, once searched. */
let configSearch: Thenable<boolean> | undefined;

/** The server starts only when a draft is open or other files may be brought under review. */
async function startIfNeeded(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
  const hasDraft = vscode.workspace.textDocuments.some((d) => d.languageId === 'agreement');
  const folders = vscode.workspace.workspaceFolders ?? [undefined];
  const includes = folders.some((f) => (vscode.workspace.getConfiguration('agreementLint', f).get<string[]>('include') ?? []).length > 0);
  // A team configuration may bring plain Markdown files under review (its `include`), so a
  // workspace with one starts the server as soon as a Markdown file is opened.
  // The workspace is searched once; a configuration created later is seen by the watcher in `activate`.
  if (!hasDraft && !includes) configSearch ??= vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**', 1).then((found) => found.length > 0, () => false);
  const configured = !hasDraft && !includes && (await configSearch!);
  if (hasDraft || includes || configured) await start(context);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'agreement' },
      // Other Markdown files are sent too; the server reviews only those `agreementLint.include` names.
      { language: 'markdown', scheme: 'file' },
    ],
    outputChannel: output,
    errorHandler: restartingErrorHandler(),
    // Team configuration, clause templates and playbooks: the server reads them again when one
    // changes on disk, and reviews the open drafts again (hot reload).
    synchronize: {
      fileEvents: [vscode.workspace.createFileSystemWatcher(CONFIG_GLOB), vscode.workspace.createFileSystemWatcher('**/.agreement-lint/**')],
    },
  };
  client = new LanguageClient('agreementLint', 'Agreement Lint', serverOptions, clientOptions);
  output.appendLine('Starting the Agreement Lint language server.');
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The language server could not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('Agreement Lint: the language server could not start. See the output channel.', 'Show Output').then((a) => {
      if (a) output.show(true);
    });
  }
}

/** Restarts the server after a crash, up to five times in three minutes, and says so. */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0]! > 3 * 60_000) restarts.shift();
      if (restarts.length > 5) {
        output.appendLine('The language server stopped five times in three minutes; it will not be restarted. Use "Agreement Lint: Restart Language Server".');
        return { action: CloseAction.DoNotRestart, message: 'Agreement Lint: the language server keeps stopping; see the output channel.' };
      }
      output.appendLine('The language server stopped unexpectedly; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function updateStatus(): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    status.hide();
    statusVisible = false;
    return;
  }
  const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
  if (doc.languageId !== 'agreement' && ours.length === 0) {
    status.hide();
    statusVisible = false;
    return;
  }
  const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const icon = ours.length === 0 ? '$(pass)' : errors > 0 ? '$(error)' : '$(warning)';
  status.text = `${icon} Agreement: ${ours.length}`;
  status.tooltip = ours.length === 0 ? 'Agreement Lint: no findings in this draft' : `Agreement Lint: ${ours.length} finding${ours.length === 1 ? '' : 's'} in this draft (${errors} error${errors === 1 ? '' : 's'}). Click for the Problems panel.`;
  status.show();
  statusVisible = true;
}
