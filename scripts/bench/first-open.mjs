// The first open alone, through the real server over stdio, as group h measures it: the server is
// started, warmed up on an unrelated 200 KB draft (open, 20 edits, close), then the draft is opened
// and timed; repeated --opens times (a new server each), then a bare remark parse (gfm + front
// matter) of the same file is timed in a process of its own.
//
//   node scripts/bench/first-open.mjs <draft> [--opens 3] [--two-threads] [--prof <dir>]
//
// --two-threads starts the server with AGREEMENT_LINT_TWO_THREADS=1 (the cold parse on two threads);
// --prof writes CPU profiles of the server (and of its cold-parse worker) into <dir>, from a bundle
// that is not minified (out/bench/). Prints the times, the ratios and the load average.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fileUri, residentMb, startServer } from './lsp.mjs';
import { generateVariedDraft } from './varied.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { opens: { type: 'string', default: '3' }, 'two-threads': { type: 'boolean', default: false }, prof: { type: 'string' } },
});
const draft = positionals[0];
if (!draft) {
  console.error('first-open: name a draft');
  process.exit(2);
}
const text = fs.readFileSync(draft, 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-first-open-'));
let script = 'bin/agreement-lint-server.cjs';
if (values.prof) {
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', define: { 'import.meta.url': '__u' }, banner: { js: "const __u = require('url').pathToFileURL(__filename).href;" } };
  await build({ ...common, entryPoints: [path.join(root, 'server/src/bin/cold-parse-worker.ts')], outfile: path.join(root, 'out/bench/cold-parse-worker.cjs') });
  await build({ ...common, entryPoints: [path.join(root, 'server/src/bin/server.ts')], outfile: path.join(root, 'out/bench/server.cjs') });
  script = path.join(root, 'out/bench/server.cjs');
}
const opens = [];
const memory = [];
for (let k = 0; k < Number(values.opens); k++) {
  const env = values['two-threads'] ? { AGREEMENT_LINT_TWO_THREADS: '1' } : {};
  const server = startServer(root, { debounceMs: 0, include: [], rules: {} }, values.prof ? ['--cpu-prof', '--cpu-prof-dir', values.prof] : [], script, env);
  await server.initialize(fileUri(tmp));
  const published = (uri, v) => server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v);
  const warm = generateVariedDraft(200_000, 4242);
  const warmUri = fileUri(path.join(tmp, 'warm-up.agreement.md'));
  let wait = published(warmUri, 1);
  server.notify('textDocument/didOpen', { textDocument: { uri: warmUri, languageId: 'agreement', version: 1, text: warm } });
  await wait;
  for (let v = 2; v < 22; v++) {
    wait = published(warmUri, v);
    const pos = { line: 40 + v * 7, character: 3 };
    server.notify('textDocument/didChange', { textDocument: { uri: warmUri, version: v }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
    await wait;
  }
  server.notify('textDocument/didClose', { textDocument: { uri: warmUri } });
  await new Promise((r) => setTimeout(r, 4000));
  const before = residentMb(server.pid);
  const uri = fileUri(path.join(tmp, 'draft.agreement.md'));
  wait = published(uri, 1);
  const t0 = performance.now();
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'agreement', version: 1, text } });
  await wait;
  opens.push(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 4000));
  memory.push([Math.round(before), Math.round(residentMb(server.pid))]);
  await server.shutdown();
}
fs.rmSync(tmp, { recursive: true, force: true });
const p = spawnSync(process.execPath, [path.join(root, 'scripts/bench/nonrepeating.mjs'), 'parse', draft, '3'], { encoding: 'utf8' });
const parse = JSON.parse(p.stdout).remarkGfmFrontmatter;
console.log(
  `first open${values['two-threads'] ? ' (cold parse on two threads)' : ''}: ${opens.map((x) => x.toFixed(0)).join(', ')} ms; gfm parse ${parse.toFixed(0)} ms; ` +
    `ratios ${opens.map((x) => (x / parse).toFixed(2)).join(', ')}; resident memory before → 4 s after open ${memory.map(([a, b]) => `${a} → ${b}`).join(', ')} MB; load ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`,
);
