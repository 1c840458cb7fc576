// Type-checks the extension-host suite (test/vscode/) and bundles it to CommonJS in out/test/vscode/
// (VS Code loads the runner with require). `vscode` and `mocha` stay external.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib.mjs';

export async function buildSuite({ typecheck = true } = {}) {
  if (typecheck) {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'test/vscode/tsconfig.json'], { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
    if (r.status !== 0) throw new Error('the extension-host suite does not type-check');
  }
  const out = path.join(ROOT, 'out', 'test', 'vscode');
  fs.rmSync(out, { recursive: true, force: true });
  const suite = fs.readdirSync(path.join(ROOT, 'test', 'vscode', 'suite')).filter((f) => f.endsWith('.test.ts'));
  await build({
    entryPoints: ['test/vscode/index.ts', ...suite.map((f) => `test/vscode/suite/${f}`)],
    absWorkingDir: ROOT,
    outdir: out,
    outbase: 'test/vscode',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    define: { 'import.meta.url': '__agreementLintImportMetaUrl' },
    banner: { js: "const __agreementLintImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  // The package is "type": "module"; these bundles are CommonJS.
  fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
  return path.join(out, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(await buildSuite({ typecheck: !process.argv.includes('--no-typecheck') }));
}
