// Runs the editor tests, each with a timeout, and prints "N passed, N failed" for each and overall:
//   1. the extension-host mocha suite in code-server (test-electron's runTests + code-standin.mjs),
//   2. the UI test in the workbench (code-server + playwright-core + Debian chromium),
//   3. the review UI test: the HTML review report and the "Agreement Review" view (review-ui-test.mjs),
//   4. the Neovim LSP-client check.
// It installs what is missing first (Debian packages when root, code-server once per machine in
// ~/.cache/agreement-lint-editors). Whatever happens, every code-server process group is ended;
// on failure the screenshots and logs stay in .test-output/editors/.
// Usage: node scripts/editors/run.mjs [suite] [ui] [review] [nvim]   (default: all four)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT, ROOT, ensureCodeServer, ensureDebianPackages, log, mkdirp, reapCodeServers, run, stopGroup } from './lib.mjs';

const steps = [
  { key: 'suite', name: 'extension-host suite (code-server)', script: 'vscode-suite.mjs', result: 'vscode-suite', timeoutMs: 360_000 },
  { key: 'ui', name: 'UI test (workbench)', script: 'ui-test.mjs', result: 'ui', timeoutMs: 300_000 },
  { key: 'review', name: 'review UI test (report and view)', script: 'review-ui-test.mjs', result: 'review-ui', timeoutMs: 300_000 },
  { key: 'nvim', name: 'Neovim check', script: 'nvim-check.mjs', result: 'neovim', timeoutMs: 120_000 },
];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = steps.filter((s) => wanted.length === 0 || wanted.includes(s.key));

let current;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (current) stopGroup(current.pid);
    reapCodeServers();
    process.exit(130);
  });
}

/** Runs one test script in its own process group; on timeout the whole group is ended. */
function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'editors', step.script)], { cwd: ROOT, stdio: 'inherit', detached: true });
    current = child;
    const timer = setTimeout(() => {
      log(`${step.name} timed out after ${step.timeoutMs / 1000} s; stopping it`);
      stopGroup(child.pid);
    }, step.timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const started = Date.now();
mkdirp(OUTPUT);
for (const f of fs.readdirSync(OUTPUT)) if (f.endsWith('.result.json')) fs.rmSync(path.join(OUTPUT, f));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let setupError;
try {
  ensureDebianPackages();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.cjs')) || !fs.existsSync(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js'))) {
    log('building (dist/ or out/ is missing)');
    run('npm', ['run', '--silent', 'build'], { timeoutMs: 300_000 });
  }
  ensureCodeServer();
} catch (e) {
  setupError = e instanceof Error ? e.message : String(e);
  log(`setup failed: ${setupError}`);
}

for (const step of selected) {
  let r;
  if (setupError) {
    r = { passed: 0, failed: 1, skipped: 0, skips: [], error: 'setup failed' };
  } else {
    log(`— ${step.name} —`);
    const t = Date.now();
    const code = await runStep(step);
    reapCodeServers();
    try {
      r = JSON.parse(fs.readFileSync(path.join(OUTPUT, `${step.result}.result.json`), 'utf8'));
    } catch {
      r = { passed: 0, failed: 1, skipped: 0, skips: [], error: `no result (exit ${code})` };
    }
    if (code !== 0 && r.failed === 0) r.failed = 1;
    r.seconds = Math.round((Date.now() - t) / 1000);
  }
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  lines.push(`${step.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}${r.error ? ` — ${r.error}` : ''}`);
  for (const s of r.skips ?? []) lines.push(`    ${s}`);
}
reapCodeServers();

console.log('\nEditor tests');
for (const l of lines) console.log(`  ${l}`);
console.log(`  overall: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${Math.round((Date.now() - started) / 1000)} s)`);
if (totals.failed > 0) console.log(`  screenshots and logs: ${path.relative(ROOT, OUTPUT)}/`);
process.exit(totals.failed > 0 || setupError ? 1 : 0);
