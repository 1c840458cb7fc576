// Runs `--fix --fix-suggestions` on a copy of each draft in a folder and checks that no draft
// suffers from it: no new finding of any rule (rule id and message, numbers read as any number),
// and no text changed outside the edits the fixes offered on the draft as it was.
// Usage (from the project's root, after a build): node scripts/fix-check.mjs <folder> [--fix-only]
// Exit 1 with one line per problem. test/cli/fix-check.test.ts runs it on ../shared/treaties.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin['agreement-lint']);
const dir = process.argv[2];
const flags = process.argv.includes('--fix-only') ? ['--fix'] : ['--fix', '--fix-suggestions'];
const run = (args) => {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw new Error(`CLI exit ${e.status}: ${String(e.stderr).slice(0, 300)}`);
  }
};
const lint = (file) => JSON.parse(run(['--format', 'json', file])).files[0].findings;
const key = (f) => `${f.ruleId}: ${f.message.replace(/\b(?:[0-9]+|[IVXLCDM]+|[ivxlcdm]+)\b/g, '#')}`;

/** Offsets of line starts, for turning LSP positions into offsets (UTF-16, as JavaScript strings are). */
function offsets(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return (p) => (starts[p.line] ?? text.length) + p.character;
}

const problems = [];
let changed = 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fix-check-'));
// Drafts (*.agreement.md), and the whole agreements of a corpus folder (agreement-*.md).
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.agreement.md') || /^agreement-.*\.md$/.test(x)).sort()) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const copy = path.join(work, f);
  fs.writeFileSync(copy, text);
  const before = lint(copy);
  run([...flags, copy]);
  const fixed = fs.readFileSync(copy, 'utf8');
  if (fixed === text) continue;
  changed++;
  const after = lint(copy);
  const left = new Map();
  for (const x of before) left.set(key(x), (left.get(key(x)) ?? 0) + 1);
  for (const x of after) {
    const n = left.get(key(x)) ?? 0;
    if (n === 0) problems.push(`${f}: new finding after the fixes: ${key(x).slice(0, 160)}`);
    else left.set(key(x), n - 1);
  }
  // Every line of the draft that is gone after the fixes must hold an edit of a fix offered on the
  // draft as it was (later rounds apply fixes that were offered but waited, as they overlapped).
  // Lines are compared as a multiset: inserted lines are the fixes' own text.
  const at = offsets(text);
  const offered = before.flatMap((x) => x.fixes.flatMap((fx) => fx.edits.map((e) => ({ start: at(e.range.start), end: at(e.range.end) }))));
  const kept = new Map();
  for (const l of fixed.split('\n')) kept.set(l, (kept.get(l) ?? 0) + 1);
  let o = 0;
  text.split('\n').forEach((l, i) => {
    const start = o;
    o += l.length + 1;
    const n = kept.get(l) ?? 0;
    if (n > 0) {
      kept.set(l, n - 1);
      return;
    }
    if (!offered.some((e) => e.start <= start + l.length && start <= e.end)) problems.push(`${f}: line ${i + 1} changed outside the offered edits: "${l.slice(0, 80)}"`);
  });
}
fs.rmSync(work, { recursive: true, force: true });
for (const p of problems) console.log(p);
console.log(`fix-check (${flags.join(' ')}): ${problems.length} problem(s); ${changed} draft(s) changed`);
process.exit(problems.length ? 1 : 0);
