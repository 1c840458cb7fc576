// Runs every test with node's test runner: core, LSP-over-stdio and CLI tests (compiled to out/).
// With CI set (or --editors), the editor tests run afterwards (see scripts/editors/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function find(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? find(p) : e.name.endsWith('.test.js') ? [p] : [];
  });
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = find('out/test').filter((f) => !f.includes(`${path.sep}vscode${path.sep}`)).filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
if (files.length === 0) {
  // `node --test` with no files would run every test it can find, the editor suites included.
  console.error(only.length ? `test: no compiled test file under out/test matches ${only.join(', ')} (run \`npm run build\` first?)` : 'test: no compiled tests under out/test: run `npm run build` first');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit' });
let status = r.status ?? 1;
const editors = process.argv.includes('--editors') || (process.env.CI && !process.argv.includes('--no-editors') && only.length === 0);
if (status === 0 && editors && fs.existsSync('scripts/editors/run.mjs')) {
  const e = spawnSync(process.execPath, ['scripts/editors/run.mjs'], { stdio: 'inherit' });
  status = e.status ?? 1;
}
process.exit(status);
