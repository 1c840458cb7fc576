// Runs the extension-host mocha suite (test/vscode/) with @vscode/test-electron's runTests.
//   node scripts/editors/vscode-suite.mjs            -> in code-server, through the stand-in executable
//   node scripts/editors/vscode-suite.mjs --desktop  -> with the real VS Code that test-electron downloads
// The workspace is a temp multi-root workspace: a folder holding a copy of the example draft (the
// example is never modified) and a second folder with a team configuration of its own.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { makeWorkspace, removeWorkspace, mkdirp, OUTPUT, ROOT, tempDir, writeResult } from './lib.mjs';

export async function runSuite({ desktop = false } = {}) {
  const index = await buildSuite();
  const workspace = makeWorkspace('suite-ws');
  // A multi-root workspace: the folder with the example draft, and a second folder with a team
  // configuration of its own (test/vscode/suite/4-config.test.ts).
  const second = mkdirp(path.join(path.dirname(workspace), 'second'));
  fs.writeFileSync(path.join(second, '.agreement-lint.yaml'), 'rules:\n  leftover-placeholder: error\n');
  const workspaceFile = path.join(path.dirname(workspace), 'suite.code-workspace');
  fs.writeFileSync(workspaceFile, `${JSON.stringify({ folders: [{ path: path.basename(workspace) }, { path: 'second' }] }, null, 2)}\n`);
  const profile = tempDir('suite-profile');
  const resultsFile = path.join(mkdirp(OUTPUT), 'vscode-suite.json');
  fs.rmSync(resultsFile, { force: true });
  let error;
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: index,
      extensionTestsEnv: { AGREEMENT_LINT_SUITE_RESULTS: resultsFile },
      launchArgs: [workspaceFile, `--user-data-dir=${path.join(profile, 'user-data')}`, `--extensions-dir=${path.join(profile, 'extensions')}`, '--disable-extensions'],
      ...(desktop ? {} : { vscodeExecutablePath: path.join(ROOT, 'scripts', 'editors', 'code-standin.mjs') }),
    });
  } catch (e) {
    error = e;
  } finally {
    removeWorkspace(workspace);
    fs.rmSync(profile, { recursive: true, force: true });
  }
  let result;
  try {
    result = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    result = { passed: 0, failed: 1, skipped: 0, skips: [], error: `the suite reported no results${error ? ` (${error.message})` : ''}` };
  }
  if (error && result.failed === 0) result = { ...result, failed: 1, error: error.message };
  writeResult('vscode-suite', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const r = await runSuite({ desktop: process.argv.includes('--desktop') });
  console.log(`extension-host suite: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  process.exit(r.failed > 0 ? 1 : 0);
}
