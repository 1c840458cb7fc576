// Cold analysis of drafts of unusual shapes, the ones for which micromark's time grows faster than
// the text (see "Read cold, neighbouring sections share a parse" in docs/performance.md): to check
// that a change to how sections are parsed does not make them slower. Not part of npm run bench.
//
//   node scripts/bench/shapes.mjs [--root <another checkout, built>] [--runs 3]
//
// Prints the median time of each shape; with --root, the same for the other checkout's build, in
// alternation, so that both see the same machine.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDraft } from './generate.mjs';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { root: { type: 'string' }, runs: { type: 'string', default: '3' }, child: { type: 'string' } } });

const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1)).join('');
const shapes = {
  'tiny sections (50,000 headings)': () => repeat(50000, (i) => `# a${i}\n`),
  'identical articles full of brackets': () => ('## Article 1\n\n' + '[x] '.repeat(300) + '\n\n').repeat(300),
  'brackets in every article': () => repeat(200, (i) => `## Article ${i}\n\n` + '[a] '.repeat(900) + `${i}\n\n`),
  'HTML blocks running into the next heading': () => repeat(500, (i) => `## Article ${i}\n\n<div>\n` + 'text line\n'.repeat(20)),
  'unclosed <pre> blocks': () => repeat(2000, (i) => `## Article ${i}\n\n<pre>\ncode ${i}\n\n`),
  'list items taking indented headings in': () => repeat(5000, (i) => `- item ${i}\n  # Article ${i}\n\n`),
  'fences in block quotes': () => repeat(2000, (i) => `## Article ${i}\n\n> \`\`\`\n> code ${i}\n\n`),
  'nested lists': () => repeat(1000, (i) => `## Article ${i}\n\n` + '- a\n  - b\n    - c\n      - d\n'.repeat(5) + '\n'),
  'link definitions': () => repeat(2000, (i) => `## Article ${i}\n\n[x${i}]: https://example.invalid\n\nSee [x${i}].\n\n`),
  'generated 1 MB draft': () => generateDraft(1_000_000, 5),
};

if (values.child) {
  // One checkout's timings, in a process of its own: each shape analysed runs + 1 times, the first untimed.
  const { analyze } = await import(path.join(values.child, 'out/server/src/core/index.js'));
  const out = {};
  for (const [name, make] of Object.entries(shapes)) {
    const text = make();
    const times = [];
    for (let i = 0; i <= Number(values.runs); i++) {
      const t0 = performance.now();
      analyze(text);
      if (i > 0) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[name] = times[times.length >> 1];
  }
  process.stdout.write(JSON.stringify(out));
} else {
  const roots = [here, ...(values.root ? [path.resolve(values.root)] : [])];
  const rounds = roots.length > 1 ? 2 : 1;
  const results = roots.map(() => ({}));
  for (let r = 0; r < rounds; r++) {
    roots.forEach((root, k) => {
      const got = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', root, '--runs', values.runs], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      for (const [name, ms] of Object.entries(got)) (results[k][name] ??= []).push(ms);
    });
  }
  console.log(`${'shape'.padEnd(44)} ${roots.map((r) => path.basename(r).padStart(14)).join(' ')}   (median ms of ${values.runs} runs${rounds > 1 ? ', two rounds in alternation' : ''})`);
  for (const name of Object.keys(shapes)) {
    console.log(`${name.padEnd(44)} ${results.map((r) => r[name].map((x) => x.toFixed(0)).join('/').padStart(14)).join(' ')}`);
  }
}
