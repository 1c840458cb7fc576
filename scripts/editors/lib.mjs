// Shared helpers of the editor tests: timeouts, logs, code-server install/start/stop, free ports.
// Nothing here reads a draft's text into a log.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(ROOT, '.test-output', 'editors');
export const CODE_SERVER_VERSION = '4.100.3';
export const RG_CACHE_VERSION = '1.15.11';
export const RG_ARCHIVE = 'ripgrep-v13.0.0-10';
/** code-server lives outside the clone and is installed once per machine. */
export const EDITORS_HOME = process.env.AGREEMENT_LINT_EDITORS_DIR || path.join(os.homedir(), '.cache', 'agreement-lint-editors');
export const CODE_SERVER_DIR = path.join(EDITORS_HOME, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** One file per running code-server process group (named by its id). */
export const PIDS = path.join(OUTPUT, 'pids');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function log(...args) {
  console.log('[editors]', ...args);
}

export function mkdirp(p) {
  fs.mkdirSync(p, { recursive: true });
  return p;
}

/** A fresh temp folder (removed by the caller, or kept under .test-output on failure). */
export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `agreement-lint-${prefix}-`));
}

/** Runs a command synchronously with a timeout; throws with its output tail on failure. */
export function run(cmd, args, { timeoutMs = 120_000, env, cwd = ROOT, quiet = false, logFile } = {}) {
  const r = spawnSync(cmd, args, { cwd, env: env ?? process.env, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (logFile) fs.writeFileSync(logFile, out);
  if (r.error || r.status !== 0) {
    const why = r.error ? (r.error.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs} ms` : r.error.message) : `exit ${r.status}`;
    throw new Error(`${cmd} ${args.join(' ')}: ${why}\n${out.split('\n').slice(-25).join('\n')}`);
  }
  if (!quiet && out.trim()) process.stdout.write(out);
  return out;
}

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Rejects after `ms` with a message naming `what`. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}

/** The Debian packages the editor tests need; installs the missing ones when we may (root + apt). */
export function ensureDebianPackages() {
  const wanted = [
    ['rg', 'ripgrep'],
    ['chromium', 'chromium'],
    ['nvim', 'neovim'],
  ];
  const missing = wanted.filter(([bin]) => !which(bin)).map(([, pkg]) => pkg);
  // Kerberos headers only matter while code-server still has to be built.
  const krb = fs.existsSync('/usr/include/gssapi/gssapi.h') || fs.existsSync('/usr/include/krb5.h');
  if (!krb && !codeServerInstalled()) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !which('apt-get')) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (install them: apt-get install -y ${missing.join(' ')})`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq'], { timeoutMs: 180_000, quiet: true });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { timeoutMs: 600_000, quiet: true, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function codeServerInstalled() {
  return fs.existsSync(CODE_SERVER_BIN) && fs.existsSync(path.join(CODE_SERVER_DIR, '.complete'));
}

/** Installs code-server (pinned) in EDITORS_HOME unless it is already there. */
export function ensureCodeServer() {
  if (codeServerInstalled()) return CODE_SERVER_BIN;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is needed to install code-server offline');
  log(`installing code-server ${CODE_SERVER_VERSION} in ${CODE_SERVER_DIR} (once per machine)`);
  const started = Date.now();
  mkdirp(CODE_SERVER_DIR);
  const tmp = mkdirp(path.join(EDITORS_HOME, 'tmp'));
  // @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache has the archive:
  // build that archive from Debian's rg.
  const arch = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cache = mkdirp(path.join(tmp, `vscode-ripgrep-cache-${RG_CACHE_VERSION}`));
  const archive = path.join(cache, `${RG_ARCHIVE}-${arch}.tar.gz`);
  if (!fs.existsSync(archive)) {
    const stage = mkdirp(path.join(tmp, 'rg-stage'));
    fs.copyFileSync(rg, path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    run('tar', ['-czf', archive, '-C', stage, 'rg'], { quiet: true });
  }
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'agreement-lint-editors', private: true }, null, 2));
  const env = { ...process.env, TMPDIR: tmp, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  // In two steps: the packages with their command links first, then their install scripts. npm 11
  // (11.19 at least) can run a dependency's install script before it has linked the commands the
  // script calls (argon2's "node-pre-gyp install" then fails with "not found"); `npm rebuild` links
  // every command before it runs any script.
  const logFile = (step) => path.join(mkdirp(OUTPUT), `code-server-${step}.log`);
  run('npm', ['install', '--ignore-scripts', '--save-exact', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env, timeoutMs: 480_000, quiet: true, logFile: logFile('install') });
  run('npm', ['rebuild', '--unsafe-perm'], { cwd: CODE_SERVER_DIR, env, timeoutMs: 480_000, quiet: true, logFile: logFile('rebuild') });
  if (!fs.existsSync(CODE_SERVER_BIN)) throw new Error(`code-server install finished but ${CODE_SERVER_BIN} is missing`);
  fs.writeFileSync(path.join(CODE_SERVER_DIR, '.complete'), new Date().toISOString());
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return CODE_SERVER_BIN;
}

/** The environment that keeps code-server and Chromium from writing to $HOME. */
/**
 * Installs the packaged .vsix into a fresh code-server profile under `base`, logging to
 * `<logName>.log`; returns the profile's folders for startCodeServer.
 */
export function installVsix(base, vsix, logName) {
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  fs.writeFileSync(path.join(base, 'config.yaml'), 'auth: none\n');
  run(process.execPath, [CODE_SERVER_BIN, '--config', path.join(base, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    env: isolatedEnv(base), timeoutMs: 120_000, quiet: true, logFile: path.join(OUTPUT, `${logName}.log`),
  });
  return { userDataDir, extensionsDir };
}

export function isolatedEnv(base) {
  const env = { ...process.env };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME']) env[k] = mkdirp(path.join(base, 'xdg', k.toLowerCase()));
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 300,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
};

/**
 * Starts code-server as the leader of its own process group (setsid), so that `stop()` ends it with
 * its extension hosts and language servers. Resolves when /healthz answers.
 */
export async function startCodeServer({ base, userDataDir, extensionsDir, env: extraEnv = {}, logName = 'code-server' }) {
  const port = await freePort();
  const env = { ...isolatedEnv(base), ...extraEnv };
  const config = path.join(base, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  mkdirp(path.join(userDataDir, 'User'));
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(userSettings, null, 2));
  mkdirp(extensionsDir);
  const logFile = path.join(mkdirp(OUTPUT), `${logName}.log`);
  const out = fs.openSync(logFile, 'w');
  const args = [
    CODE_SERVER_BIN, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
  ];
  // detached: the child calls setsid() and leads a new process group.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => (exited = true));
  const pgid = child.pid;
  // Recorded so that run.mjs can end the group even if this process is killed.
  const pidFile = path.join(mkdirp(PIDS), String(pgid));
  fs.writeFileSync(pidFile, logName);
  const stop = () => {
    stopGroup(pgid);
    fs.rmSync(pidFile, { force: true });
  };
  process.once('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      stop();
      process.exit(130);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer /healthz in 60 s; see ${logFile}`);
    }
    await sleep(250);
  }
  return { url, port, pid: pgid, logFile, env, stop };
}

/** Ends the code-server process groups a killed test left behind (checked to be code-server). */
export function reapCodeServers() {
  if (!fs.existsSync(PIDS)) return 0;
  let n = 0;
  for (const f of fs.readdirSync(PIDS)) {
    const pgid = Number(f);
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${pgid}/cmdline`, 'utf8');
    } catch {
      /* gone */
    }
    if (pgid > 1 && cmd.includes('code-server')) {
      stopGroup(pgid);
      n++;
    }
    fs.rmSync(path.join(PIDS, f), { force: true });
  }
  return n;
}

/** Ends a whole process group: TERM, then KILL whatever is left a moment later. */
export function stopGroup(pgid) {
  if (!pgid) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.1']);
  }
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

export const EXAMPLE_NAME = 'screening-information.agreement.md';
/** The mission checks; each editor test expects them when the rule is in the registry. */
export const MISSION_RULES = ['over-restricted-dissemination', 'missing-privacy-act-handling', 'classified-without-formal-terms'];

/** Copies the example draft into a fresh workspace folder (the original is never touched). */
export function makeWorkspace(prefix) {
  const ws = mkdirp(path.join(tempDir(prefix), 'agreements'));
  fs.copyFileSync(path.join(ROOT, 'examples', EXAMPLE_NAME), path.join(ws, EXAMPLE_NAME));
  return ws;
}

/** Removes a folder made by makeWorkspace. */
export function removeWorkspace(ws) {
  fs.rmSync(path.dirname(ws), { recursive: true, force: true });
}

/** Writes a one-line result summary that run.mjs reads: {name, passed, failed, skipped}. */
export function writeResult(name, result) {
  fs.writeFileSync(path.join(mkdirp(OUTPUT), `${name}.result.json`), JSON.stringify({ name, ...result }, null, 2));
}

/** Headless Debian Chromium through playwright-core, with a fresh profile under `base`. */
export async function launchChromium(base) {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    env: isolatedEnv(base),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

/** Keeps the workbench's logs (extension host, language server output) under .test-output. */
export function keepLogs(userDataDir, name) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return;
  const dest = path.join(mkdirp(OUTPUT), name);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(logs, dest, { recursive: true });
}

/**
 * The checks of an editor test: `check(name, ok, detail)` records and prints one (and returns ok),
 * `skip(name, feature)` one that cannot run here; `tally` gives the result the runner prints.
 */
export function checklist() {
  const checks = [];
  const skips = [];
  const check = (name, ok, detail = '') => {
    checks.push({ name, ok: !!ok, detail });
    console.log(`  ${ok ? '✔' : '✖'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
    return !!ok;
  };
  const skip = (name, feature) => {
    const s = `${name} — skipped: ${feature} not present`;
    skips.push(s);
    console.log(`  - ${s}`);
  };
  return { checks, skips, check, skip };
}

/** Passed, failed and skipped counts of a checklist, with the skips named. */
export function tally(checks, skips) {
  return { passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length, skipped: skips.length, skips };
}
