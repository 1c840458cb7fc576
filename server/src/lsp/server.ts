/**
 * The LSP adapter: wires a connection to the analysis core. It owns the documents, the settings
 * and the scheduling; every judgement about a draft comes from the core.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  TextDocumentEdit,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createAnalyzer,
  createFixVerifier,
  createReader,
  forgetReadings,
  rules as registeredRules,
  verifiedFixRound,
  createLibrary,
  type AnalyzeOptions,
  type Analyzer,
  type Finding,
  type FixVerifier,
  type Rule,
} from '../core/index.js';
import { FIX_ALL_KIND, fixAction, fixesOf, toDiagnostic } from './convert.js';
import { isAgreementDocument, matchesInclude, uriToPath } from './scope.js';
import { defaultSettings, readSettings, type Settings } from './settings.js';
import { clauseCompletions, templateList, TEMPLATES_REQUEST } from './snippets.js';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { ConfigLoader, CONFIG_WATCH_GLOBS, matchesGlobs, type ResolvedConfig } from '../node/config.js';
import { describeConfig, severities, withOverrides } from '../node/effective.js';
import { PlaybookFiles } from '../node/playbooks.js';
import { TemplateFolders } from '../node/templates.js';
import type { ConfigProblem } from '../core/problems.js';
import { CodeLensRefreshRequest, CompletionTriggerKind, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import * as features from '../core/features/index.js';
import type { AgreementModel, ColdParser } from '../core/index.js';
import { DocumentModels } from './models.js';
import { registerReviewRequests } from './review.js';
import { startWarmUp } from './warm-up.js';

/** What the server needs to know about where it runs. */
export interface ServerEnvironment {
  /** Base URI of the rule docs folder; each diagnostic links to `<base>/<rule-id>.md`. */
  docsBaseUri: string;
  version: string;
  /** The rules to run; every registered rule by default (tests add a failing one, see bin/server.ts). */
  rules?: readonly Rule[];
  /**
   * A full garbage collection, if the process offers one. The server runs it once when reviews
   * stop for a while (the user paused typing), so that the heap V8 grew for the garbage of many
   * keystrokes is given back then rather than whenever V8 next decides to.
   */
  collectGarbage?: () => void;
  /**
   * Whether the server warms its keystroke path in idle time after it starts (lsp/warm-up.ts); on
   * unless false. The benchmark turns it off to measure what it buys.
   */
  warmUp?: boolean;
  /** Told when the warm-up ends, with the steps it ran (the test hooks report it). */
  onWarmUpEnd?: (steps: number) => void;
  /**
   * How the first analysis of a document parses its sections (see `ModelCache`): the server's
   * binary gives one that parses runs of a long draft's sections on a worker thread too
   * (node/cold-parse.ts).
   */
  coldParse?: ColdParser;
}

/**
 * How long the server waits after the last review before it collects garbage (see
 * `collectGarbage`). The collection is short next to a pause in typing (25–35 ms with a 1 MB draft
 * open, docs/performance.md), so it runs after a short pause: the memory is given back while the
 * user reads what they typed, not seconds later.
 */
export const IDLE_COLLECT_MS = 750;

/** How long after the last review the warm-up may run a step (see lsp/warm-up.ts). */
const WARM_UP_QUIET_MS = 400;

/** Turns of the event loop a publication waits for changes that arrived during its review (see whenCurrent). */
const PUBLISH_TURNS = 4;

/** The last analysis of a document, kept for code actions. */
interface Analysed {
  version: number;
  findings: Finding[];
  /** The options it was made with, for reading the draft again after a fix. */
  options?: AnalyzeOptions;
  /** Made when a code action first needs a fix checked (see core/verify.ts), never per keystroke. */
  verifier?: FixVerifier;
}

/** Starts serving on `connection` and returns when the connection is listening. */
export function startServer(connection: Connection, env: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const analysed = new Map<string, Analysed>();
  // One incremental analyzer per open document: an edit re-analyses only the sections it touched.
  const analyzers = new Map<string, Analyzer>();
  // One reader per document whose fixes were asked for: it reads the draft again with a fix, so
  // that only fixes after which the draft has no new finding and reads the same are offered.
  const readers = new Map<string, Analyzer>();
  const pending = new Map<string, { cancel(): void }>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const reportedProblems = new Set<string>();
  const failedRules = new Set<string>();
  let workspaceFolders: string[] = [];
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  let canWatchFiles = false;
  let canRefreshCodeLens = false;
  const models = new DocumentModels();
  const lensShown = new Set<string>();
  let initialSettings: unknown;
  // Team configuration through the node layer, as the CLI reads it: files found from each draft's
  // folder up to its workspace folder, read once until a watched file changes.
  const shownAs = (file: string) => {
    const folder = containingFolder(file, workspaceFolders);
    return folder ? path.relative(folder, file).split(path.sep).join('/') || '.' : file;
  };
  const configLoader = new ConfigLoader(shownAs);
  const templateFolders = new TemplateFolders((problem) => reportProblem(problem), shownAs);
  const playbookFiles = new PlaybookFiles(shownAs);
  /** The configuration files whose problems are published, by URI, with what was published. */
  const configDiagnostics = new Map<string, string>();
  const loggedConfigProblems = new Set<string>();

  /** The configuration of a document from the files, with the editor's settings on top (see docs/configuration.md). */
  function configFor(uri: string, settings: Settings): ResolvedConfig {
    const file = uriToPath(uri);
    const empty: ResolvedConfig = { files: [], rules: {}, ruleOptions: {}, templateDirs: [], playbookFiles: [] };
    let config = empty;
    if (file) {
      config = configLoader.resolve(file, { stopAt: containingFolder(file, workspaceFolders) }).config;
      publishConfigProblems();
    }
    return withOverrides(config, {
      rules: { value: settings.rules, source: 'VS Code settings' },
      handlingCaveats: { value: settings.handlingCaveats, source: 'VS Code settings' },
    });
  }
  const templatesFor = async (uri: string) => templateFolders.templates(configFor(uri, await getSettings(uri)).templateDirs.map((t) => t.value));

  /**
   * Problems of the configuration files read are published as diagnostics on those files (and
   * cleared once corrected), and each is logged once, in one line; the review goes on with the
   * last valid content of a broken file.
   */
  function publishConfigProblems(): void {
    const now = new Map<string, ConfigProblem[]>();
    for (const [file, problems] of [...configLoader.filesRead(), ...playbookFiles.filesRead()]) now.set(pathToFileURL(file).href, problems);
    for (const uri of configDiagnostics.keys()) if (!now.has(uri)) now.set(uri, []);
    for (const [uri, problems] of now) {
      const key = JSON.stringify(problems);
      if ((configDiagnostics.get(uri) ?? '[]') === key) continue;
      if (problems.length === 0) configDiagnostics.delete(uri);
      else configDiagnostics.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics: problems.map(configDiagnostic) });
      for (const p of problems) {
        const line = `Configuration problem: ${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${p.message}`;
        if (loggedConfigProblems.has(line)) continue;
        loggedConfigProblems.add(line);
        connection.console.warn(line);
      }
    }
  }

  /** A watched file changed: read the configuration, templates and playbooks again, and review again. */
  function configurationChanged(): void {
    configLoader.invalidate();
    templateFolders.invalidate();
    playbookFiles.invalidate();
    loggedConfigProblems.clear();
    revalidateAll();
    publishConfigProblems();
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRefreshCodeLens = !!caps.workspace?.codeLens?.refreshSupport;
    initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(uriToPath).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { resolveProvider: false, triggerCharacters: [' ', '('] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: features.semanticTokensLegend, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'agreement-lint', version: env.version },
    };
  });

  connection.onInitialized(() => {
    if (env.warmUp !== false) {
      // The start counts as activity: the editor opens its documents right after this, and their
      // first review must not wait behind a warm-up step (the first step reads a whole Article
      // cold, compiling the readings' patterns: bench f, from start to the first diagnostics of a
      // 10 KB draft, took 793 ms with the warm-up starting at once, 506 ms without it).
      lastReviewAt = Date.now();
      const warm = startWarmUp({
        rules: env.rules ?? registeredRules,
        idle,
        onEnd: (steps) => {
          // The warm-up's garbage is given back now, as after a burst of reviews.
          env.collectGarbage?.();
          env.onWarmUpEnd?.(steps);
        },
      });
      connection.onShutdown(() => warm.stop());
    }
    if (canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'agreementLint' });
    }
    // Configuration, team templates and playbooks are read again when one changes where the client
    // can watch files, else whenever a document opens.
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) });
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
      workspaceFolders.push(...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
      configurationChanged();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const s = (change.settings as { agreementLint?: unknown } | null)?.agreementLint;
    if (!canPullConfiguration && s !== undefined) initialSettings = s;
    revalidateAll();
  });

  function getSettings(uri: string): Promise<Settings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = (canPullConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'agreementLint' })
        : Promise.resolve(initialSettings)
      ).then(
        (value) => {
          const { settings, problems } = readSettings(value);
          for (const p of problems) reportProblem(p);
          return settings;
        },
        () => defaultSettings,
      );
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** Tells the user once about a broken setting; never repeats itself. */
  function reportProblem(message: string): void {
    if (reportedProblems.has(message)) return;
    reportedProblems.add(message);
    connection.console.warn(message);
    void connection.window.showWarningMessage(`Agreement Lint: ${message}`);
  }

  function revalidateAll(): void {
    for (const doc of documents.all()) void schedule(doc.uri);
  }

  async function schedule(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const settings = await getSettings(uri);
    const current = documents.get(uri);
    if (!current) return;
    const config = configFor(uri, settings);
    const file = uriToPath(uri);
    const reviewed =
      (isAgreementDocument(uri, current.languageId) || matchesInclude(uri, settings.include, workspaceFolders) || (!!file && matchesGlobs(file, config.include))) &&
      !(file && matchesGlobs(file, config.exclude));
    if (!reviewed) {
      if (analysed.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    pending.get(uri)?.cancel();
    if (settings.debounceMs > 0) {
      const timer = setTimeout(() => validate(uri, settings, config), settings.debounceMs);
      pending.set(uri, { cancel: () => clearTimeout(timer) });
    } else {
      // No debounce, but a burst of changes that arrived together is reviewed once, at its end.
      const immediate = setImmediate(() => validate(uri, settings, config));
      pending.set(uri, { cancel: () => clearImmediate(immediate) });
    }
  }

  // The warm-up (lsp/warm-up.ts) runs its steps only while no review is pending and none has run
  // for WARM_UP_QUIET_MS: while the user types, it waits.
  let lastReviewAt = 0;
  const idle = () => pending.size === 0 && Date.now() - lastReviewAt >= WARM_UP_QUIET_MS;

  // One collection after each burst of reviews, once none has run for IDLE_COLLECT_MS.
  let idleCollect: ReturnType<typeof setTimeout> | undefined;
  function collectWhenIdle(): void {
    if (!env.collectGarbage) return;
    if (idleCollect) clearTimeout(idleCollect);
    idleCollect = setTimeout(() => {
      idleCollect = undefined;
      env.collectGarbage?.();
    }, IDLE_COLLECT_MS);
    idleCollect.unref?.();
  }

  function validate(uri: string, settings: Settings, config: ResolvedConfig): void {
    pending.delete(uri);
    lastReviewAt = Date.now();
    collectWhenIdle();
    const doc = documents.get(uri);
    if (!doc) return;
    const text = doc.getText();
    // A draft beyond the size limit is not analysed: one diagnostic says so, and why.
    const bytes = text.length * 3 <= settings.maxFileSizeKB * 1024 ? 0 : Buffer.byteLength(text, 'utf8');
    if (bytes > settings.maxFileSizeKB * 1024) {
      analysed.set(uri, { version: doc.version, findings: [] });
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [tooLargeDiagnostic(bytes, settings.maxFileSizeKB)] });
      return;
    }
    // The analysis is synchronous, so the version read here is the version published.
    let analyzer = analyzers.get(uri);
    if (!analyzer) analyzers.set(uri, (analyzer = createAnalyzer({}, env.rules ?? registeredRules, env.coldParse)));
    // The draft's playbooks: read once until a watched file changes; their problems are published on
    // the playbook files like configuration problems.
    const playbooks = playbookFiles.load(config.playbookFiles.map((p) => p.value));
    if (playbooks.problems.length > 0) publishConfigProblems();
    const options: AnalyzeOptions = {
      rules: severities(config),
      templates: templateFolders.templates(config.templateDirs.map((t) => t.value)),
      fixesAsTrackedChanges: settings.fixesAsTrackedChanges,
      handlingCaveats: config.handlingCaveats?.value ?? [],
      playbooks: playbooks.playbooks,
    };
    const { findings, model } = analyzer.analyze(text, {
      ...options,
      onRuleError: (ruleId, error) => {
        if (failedRules.has(ruleId)) return;
        failedRules.add(ruleId);
        // Only the error's name and stack frames: its message may quote the draft (and may span lines).
        const frames = error instanceof Error && error.stack ? error.stack.slice(error.stack.startsWith(String(error)) ? String(error).length : 0).split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 3) : [];
        const what = error instanceof Error ? `${error.name}${frames.length ? `\n${frames.join('\n')}` : ''}` : 'error';
        connection.console.error(`Rule ${ruleId} failed and was skipped (${what}).`);
      },
    });
    const version = doc.version;
    analysed.set(uri, { version, findings, options });
    models.remember(uri, version, model);
    whenCurrent(uri, version, () => {
      void connection.sendDiagnostics({
        uri,
        version,
        diagnostics: findings.map((f, i) => toDiagnostic(f, i, uri, version, env.docsBaseUri)),
      });
      // Finding counts on headings follow the findings (and vanish when the setting is turned off).
      if (canRefreshCodeLens && (settings.findingCountLens || lensShown.has(uri))) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  }

  /**
   * Runs `publish` once the changes that arrived while `version` was being analysed have been
   * handled, and only if none of them replaced it: diagnostics of a version the user has already
   * typed past are never sent (the newer version's own review publishes), so a burst of fast
   * typing publishes once, for its last version. The analysis is synchronous, so changes that
   * arrive meanwhile wait in the connection. vscode-jsonrpc takes a message through a few turns of
   * the event loop (read under a lock released in a setImmediate, decoded in promises, handled from
   * its queue in another setImmediate), so the check waits PUBLISH_TURNS turns; an idle turn costs
   * microseconds.
   */
  function whenCurrent(uri: string, version: number, publish: () => void): void {
    let turns = PUBLISH_TURNS;
    const turn = () => {
      if (documents.get(uri)?.version !== version) return;
      if (--turns > 0) setImmediate(turn);
      else publish();
    };
    setImmediate(turn);
  }

  documents.onDidChangeContent((e) => void schedule(e.document.uri));

  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => isConfigurationFile(c.uri))) configurationChanged();
  });
  documents.onDidOpen(() => {
    if (!canWatchFiles) {
      configLoader.invalidate();
      templateFolders.invalidate();
      playbookFiles.invalidate();
    }
  });

  // The resolved configuration of a document, as `agreement-lint --print-config --format json`
  // prints it (paths relative to the workspace folder), for tests and curious clients.
  connection.onRequest(RESOLVED_CONFIG_REQUEST, async (params: { uri: string }) => {
    const file = uriToPath(params.uri);
    if (!file) return null;
    const settings = await getSettings(params.uri);
    const config = configFor(params.uri, settings);
    const reviewed = (/\.agreement\.md$/i.test(file) || matchesInclude(params.uri, settings.include, workspaceFolders) || matchesGlobs(file, config.include)) && !matchesGlobs(file, config.exclude);
    return describeConfig(file, config, shownAs, reviewed);
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || (!isAgreementDocument(doc.uri, doc.languageId) && !analysed.has(doc.uri))) return [];
    // A space or "(" asks only for what follows "Article " or "Article 5(": typing prose stays quiet.
    const byCharacter = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter;
    const terms = await withModel(doc.uri, [], (m) => features.completions(m, params.position, byCharacter));
    return [...terms, ...(byCharacter ? [] : clauseCompletions(doc, params.position, await templatesFor(doc.uri)))];
  });

  // Editor features: each handler finds the document's model and delegates to the core.
  async function withModel<T>(uri: string, none: T, use: (model: AgreementModel) => T): Promise<T> {
    const doc = documents.get(uri);
    if (!doc || !(isAgreementDocument(doc.uri, doc.languageId) || analysed.has(doc.uri))) return none;
    // A draft too large to review gets no features either: building its model would slow the editor.
    const limit = (await getSettings(uri)).maxFileSizeKB * 1024;
    const current = documents.get(uri);
    if (!current) return none;
    const text = current.getText();
    if (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit) return none;
    return use(models.get(current));
  }
  /** The result, or the core's refusal as an error the editor shows to the user. */
  function orRefuse<T extends object>(result: T | { error: string }): T {
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return result;
  }
  connection.onDocumentSymbol((p) => withModel(p.textDocument.uri, [], (m) => features.documentSymbols(m)));
  connection.onFoldingRanges((p) => withModel(p.textDocument.uri, [], (m) => features.foldingRanges(m)));
  // The template library of the draft's configuration: a standard clause's hover shows its status.
  connection.onHover(async (p) => {
    const library = createLibrary(await templatesFor(p.textDocument.uri));
    return withModel(p.textDocument.uri, null, (m) => features.hover(m, p.position, library) ?? null);
  });
  connection.onDefinition((p) => withModel(p.textDocument.uri, [], (m) => features.definition(m, p.position).map((t) => ({ uri: p.textDocument.uri, range: t.range }))));
  connection.onReferences((p) => withModel(p.textDocument.uri, [], (m) => features.references(m, p.position, p.context.includeDeclaration).map((t) => ({ uri: p.textDocument.uri, range: t.range }))));
  connection.onDocumentHighlight((p) => withModel(p.textDocument.uri, [], (m) => features.documentHighlights(m, p.position)));
  connection.onPrepareRename((p) => withModel(p.textDocument.uri, null, (m) => orRefuse(features.prepareRename(m, p.position))));
  connection.onRenameRequest((p) => withModel(p.textDocument.uri, null, (m) => ({ changes: { [p.textDocument.uri]: orRefuse(features.rename(m, p.position, p.newName)).edits } })));
  connection.languages.semanticTokens.on((p) => withModel(p.textDocument.uri, { data: [] }, (m) => ({ data: features.semanticTokens(m) })));
  connection.onCodeLens(async (p) => {
    const doc = documents.get(p.textDocument.uri);
    const last = analysed.get(p.textDocument.uri);
    if (!doc || !last || last.version !== doc.version || last.findings.length === 0 || !(await getSettings(doc.uri)).findingCountLens) {
      lensShown.delete(p.textDocument.uri);
      return [];
    }
    lensShown.add(doc.uri);
    return features.findingCountLenses(models.get(doc), last.findings);
  });

  connection.onRequest(TEMPLATES_REQUEST, async (params: { uri: string; position?: { line: number; character: number } }) => {
    const doc = documents.get(params.uri);
    return doc ? templateList(doc, await templatesFor(doc.uri), params.position) : [];
  });

  registerReviewRequests(connection, { documents, optionsFor: (uri) => analysed.get(uri)?.options, rules: env.rules, version: env.version });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    analyzers.delete(uri);
    readers.delete(uri);
    pending.get(uri)?.cancel();
    pending.delete(uri);
    settingsCache.delete(uri);
    analysed.delete(uri);
    models.delete(uri);
    lensShown.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    // With no draft open, the clause readings kept for fast typing serve nothing: let them go.
    if (documents.all().every((d) => d.uri === uri)) forgetReadings();
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const versioned = { uri: doc.uri, version: doc.version };
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const wantsFixAll = !!only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll);
    const last = analysed.get(doc.uri);
    // Fixes computed for another version of the text could land in the wrong place.
    const current = last && last.version === doc.version ? last : undefined;
    const verifier = () => {
      if (!current!.verifier) {
        let reader = readers.get(doc.uri);
        if (!reader) readers.set(doc.uri, (reader = createReader({}, env.rules ?? registeredRules)));
        current!.verifier = createFixVerifier(doc.getText(), current!.options ?? {}, env.rules ?? registeredRules, reader);
      }
      return current!.verifier;
    };
    if (wantsQuickFix && current) {
      for (const diagnostic of params.context.diagnostics) {
        // Fixes and suggestions alike, each only when the draft read again with it is sound; the
        // first safe fix is the preferred action, a suggestion never is.
        const offered = fixesOf(diagnostic, current).filter((fix) => verifier().acceptsFix(fix));
        const preferred = offered.find((fix) => fix.kind === 'fix');
        for (const fix of offered) actions.push(fixAction(fix, diagnostic, versioned, fix === preferred));
      }
    }
    if (wantsFixAll) {
      // "Fix all" applies safe fixes only, never suggestions.
      if (current && current.findings.some((f) => f.fixes.some((x) => x.kind === 'fix'))) {
        const { edits, applied } = verifiedFixRound(doc.getText(), current.findings, ['fix'], verifier());
        if (applied > 0) {
          actions.push({
            title: `Fix all Agreement Lint findings (${applied})`,
            kind: FIX_ALL_KIND,
            edit: { documentChanges: [TextDocumentEdit.create(versioned, edits)] },
          });
        }
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

/** The request answered with a document's resolved configuration (see `describeConfig`). */
export const RESOLVED_CONFIG_REQUEST = 'agreementLint/resolvedConfig';

/** True for a configuration file or anything in an `.agreement-lint` folder (templates, playbooks). */
function isConfigurationFile(uri: string): boolean {
  const parts = uri.split(/[\\/]/);
  return /^\.agreement-lint\.(ya?ml|json)$/i.test(parts[parts.length - 1] ?? '') || parts.includes('.agreement-lint');
}

/** The innermost workspace folder holding `file`. */
function containingFolder(file: string, folders: readonly string[]): string | undefined {
  return folders
    .filter((f) => {
      const rel = path.relative(f, file);
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    })
    .sort((a, b) => b.length - a.length)[0];
}

/** A configuration problem as a diagnostic on the configuration file. */
function configDiagnostic(p: ConfigProblem): Diagnostic {
  const line = (p.line ?? 1) - 1;
  const character = (p.column ?? 1) - 1;
  const length = p.start !== undefined && p.end !== undefined ? Math.max(0, p.end - p.start) : 0;
  return {
    range: { start: { line, character }, end: { line, character: character + length } },
    severity: DiagnosticSeverity.Error,
    source: 'agreement-lint',
    code: 'invalid-configuration',
    message: p.message,
  };
}

/** The one diagnostic of a draft too large to review. */
function tooLargeDiagnostic(bytes: number, limitKB: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'agreement-lint',
    code: 'draft-too-large',
    message:
      `This draft is ${Math.ceil(bytes / 1024)} KB, more than the ${limitKB} KB set by agreementLint.maxFileSizeKB, so it was not reviewed: ` +
      'a review of a draft this large would slow the editor. Split the draft, or raise the setting to review it.',
  };
}
