/**
 * A minimal LSP client for tests: spawns the built server over stdio and speaks real JSON-RPC.
 * Configuration requests are answered from `settings`; notifications are recorded so tests can
 * wait for them without sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { serverBin } from './paths.js';

export interface LspClientOptions {
  /** The `agreementLint` settings section returned for workspace/configuration. */
  settings?: Record<string, unknown>;
  rootPath?: string;
  /** Several workspace folders (a multi-root workspace); the first is also the root. */
  workspaceFolders?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  capabilities?: Record<string, unknown>;
}

/** A test client connected to a fresh server process. */
export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(private readonly options: LspClientOptions = {}) {
    this.settings = { debounceMs: 0, ...(options.settings ?? {}) };
    this.process = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    this.process.stderr!.setEncoding('utf8').on('data', (d: string) => this.stderr.push(d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'agreementLint' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  /** Sends initialize and initialized; returns the server's InitializeResult. */
  async initialize(): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }> {
    const folders = this.options.workspaceFolders ?? (this.options.rootPath ? [this.options.rootPath] : []);
    const root = folders[0];
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? pathToFileURL(root).href : null,
      workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: i === 0 ? 'ws' : `ws${i + 1}` })) : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
        },
        ...(this.options.capabilities ?? {}),
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'agreement', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Resolves when `test` holds, re-checked on every notification from the server. */
  waitFor(test: () => boolean, what = 'condition'): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error(`server exited while waiting for ${what}; stderr: ${this.stderr.join('')}`));
      this.process.once('exit', onExit);
      this.waiters.push({
        test,
        resolve: () => {
          this.process.off('exit', onExit);
          resolve();
        },
      });
    });
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  async diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    await this.waitFor(() => this.published.some(match), `diagnostics of ${uri} v${version ?? 'any'}`);
    return [...this.published].reverse().find(match)!.diagnostics;
  }

  /** Shuts the server down cleanly and waits for it to exit. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }
}

/** Starts a server with `options`, initializes it, runs `use` and shuts the server down, whatever happens. */
export async function withServer<T>(options: LspClientOptions, use: (client: LspClient) => Promise<T>): Promise<T> {
  const client = new LspClient(options);
  try {
    await client.initialize();
    return await use(client);
  } finally {
    await client.shutdown();
  }
}
