// The Neovim check: Debian's neovim (0.7.2) starts agreement-lint-server over stdio on a copy of
// the example draft in a workspace with a team configuration, gets the diagnostics (the CLI's
// findings for the same folder, at the configured severities), applies a code action, writes the
// file, and sees the diagnostic clear (nvim-check.lua does the editor side). nvim runs in its own process group,
// which is ended afterwards with the server in it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLE_NAME, MISSION_RULES, log, makeWorkspace, removeWorkspace, mkdirp, OUTPUT, ROOT, stopGroup, tempDir, which, writeResult } from './lib.mjs';

export async function nvimCheck() {
  const nvim = which('nvim');
  if (!nvim) throw new Error('neovim is not installed (apt-get install -y neovim)');
  const { getRule } = await import(pathToFileURL(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js')).href);
  const present = MISSION_RULES.filter((id) => getRule(id));
  const absent = MISSION_RULES.filter((id) => !getRule(id));
  const ws = makeWorkspace('nvim-ws');
  const xdg = tempDir('nvim-xdg');
  const resultFile = path.join(xdg, 'result.json');
  const draft = path.join(ws, EXAMPLE_NAME);
  // A team configuration in the workspace: the same findings, at the same severities, as the CLI
  // (what CI runs) gives for the same folder, before the check edits the draft.
  fs.writeFileSync(path.join(ws, '.agreement-lint.yaml'), 'rules:\n  leftover-placeholder: error\n  unresolved-comment: off\n');
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'agreement-lint.cjs'), '--format', 'json', draft], { cwd: ws, encoding: 'utf8' });
  const severities = { error: 1, warning: 2, information: 3, hint: 4 };
  const fromCli = (JSON.parse(cli.stdout || '{"files":[]}').files[0]?.findings ?? []).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}=${severities[f.severity]}`).sort();
  const env = {
    ...process.env,
    XDG_CACHE_HOME: path.join(xdg, 'cache'), XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'), XDG_STATE_HOME: path.join(xdg, 'state'),
    AGL_SERVER: path.join(ROOT, 'bin', 'agreement-lint-server.cjs'), AGL_DRAFT: draft, AGL_RESULT: resultFile, AGL_RULES: present.join(','),
    AGL_CLI_FINDINGS: fromCli.join(' '),
  };
  const args = ['--headless', '--clean', '-i', 'NONE', '-n', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'scripts', 'editors', 'nvim-check.lua')}`];
  const logFile = path.join(mkdirp(OUTPUT), 'nvim.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(nvim, args, { cwd: ws, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      log('neovim check timed out after 90 s');
      stopGroup(child.pid);
      resolve(124);
    }, 90_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c ?? 1);
    });
  });
  stopGroup(child.pid); // the language server, if it outlived nvim
  let checks = [];
  try {
    checks = JSON.parse(fs.readFileSync(resultFile, 'utf8')).checks;
  } catch {
    checks = [{ name: `neovim wrote its results (exit ${code}; see ${logFile})`, ok: false, detail: '' }];
  }
  if (code !== 0 && checks.every((c) => c.ok)) checks.push({ name: `neovim exits cleanly (exit ${code})`, ok: false, detail: '' });
  for (const c of checks) console.log(`  ${c.ok ? '✔' : '✖'} ${c.name}${c.ok || !c.detail ? '' : ` — ${c.detail}`}`);
  const skips = absent.map((id) => `neovim: mission rule ${id} — skipped: rule ${id} not present`);
  for (const s of skips) console.log(`  - ${s}`);
  const result = { passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length, skipped: absent.length, skips };
  if (result.failed === 0) {
    removeWorkspace(ws);
    fs.rmSync(xdg, { recursive: true, force: true });
  } else {
    log(`neovim check failed; its workspace is kept at ${ws}, the log at ${logFile}`);
  }
  writeResult('neovim', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const r = await nvimCheck();
  console.log(`neovim: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  process.exit(r.failed > 0 ? 1 : 0);
}
