#!/usr/bin/env node
// A stand-in for VS Code's executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It accepts the arguments runTests passes (--extensionDevelopmentPath=, --extensionTestsPath=,
// --user-data-dir=, --extensions-dir=, a folder or a .code-workspace file), starts a private code-server with those folders,
// runs the tests in code-server's Node extension host through the web workbench (headless Chromium),
// prints the test output, stops code-server (its whole process group) and exits with the runner's code.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ensureCodeServer, keepLogs, launchChromium, log, mkdirp, OUTPUT, startCodeServer, tempDir, withTimeout } from './lib.mjs';

// Workbench start-up chatter, kept in the console log but not printed.
const noise = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|AGREEMENT_LINT_SUITE_RESULT )/;
const RUN_TIMEOUT_MS = Number(process.env.AGREEMENT_LINT_SUITE_TIMEOUT_MS || 300_000);

function parseArgs(argv) {
  const opts = { folder: undefined, dev: undefined, tests: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (const a of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m) {
      if (m[1] === 'extensionDevelopmentPath') opts.dev ??= m[2];
      else if (m[1] === 'extensionTestsPath') opts.tests = m[2];
      else if (m[1] === 'user-data-dir') opts.userDataDir = m[2];
      else if (m[1] === 'extensions-dir') opts.extensionsDir = m[2];
    } else if (!a.startsWith('-')) opts.folder = a;
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.dev || !opts.tests) throw new Error('usage: code-standin --extensionDevelopmentPath=DIR --extensionTestsPath=PATH [folder]');
  ensureCodeServer();
  const base = tempDir('standin');
  const userDataDir = path.resolve(opts.userDataDir ?? path.join(base, 'user-data'));
  const extensionsDir = path.resolve(opts.extensionsDir ?? path.join(base, 'extensions'));
  const server = await startCodeServer({ base, userDataDir, extensionsDir, logName: 'code-server-suite' });
  let browser;
  let failed = false;
  try {
    log(`code-server ${server.url} (process group ${server.pid}) for the extension-host suite`);
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${path.resolve(opts.dev)}`],
      ['extensionTestsPath', `vscode-remote://remote${path.resolve(opts.tests)}`],
      ['skipWelcome', 'true'],
    ];
    const folder = path.resolve(opts.folder ?? mkdirp(path.join(base, 'workspace')));
    // A .code-workspace file opens a multi-root workspace; anything else is one folder.
    const open = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
    const url = `${server.url}/?${open}=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchChromium(base);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const consoleLog = fs.createWriteStream(path.join(mkdirp(OUTPUT), 'suite-console.log'));
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
    // The extension host's console.log arrives as ('%c INFO', 'color: ...', format, ...args): print
    // those lines (mocha's report) formatted, in order; keep everything in the console log.
    let printing = Promise.resolve();
    page.on('console', (m) => {
      consoleLog.write(`${m.type()}: ${m.text()}\n`);
      if (m.type() !== 'log' || !m.text().startsWith('%c INFO')) return;
      printing = printing.then(async () => {
        const values = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')));
        const line = format(...values.slice(2));
        if (!noise.test(line)) process.stdout.write(`${line}\n`);
      });
    });
    page.on('pageerror', (e) => consoleLog.write(`pageerror: ${e.message}\n`));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const code = await withTimeout(exited, RUN_TIMEOUT_MS, 'the extension-host suite');
    await printing;
    if (code !== 0) {
      failed = true;
      await page.screenshot({ path: path.join(OUTPUT, 'suite-failure.png') }).catch(() => {});
    }
    consoleLog.end();
    return code;
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
    if (failed) keepLogs(userDataDir, 'suite-workbench-logs');
    fs.rmSync(base, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`code-standin: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
