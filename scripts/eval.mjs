// Measures the mission checks on a labelled folder in the evaluation-corpus format:
// clauses.jsonl (each clause judged alone, wrapped in a one-article draft) and whole agreements
// (*.md with *.expected.json). Prints precision and recall per mission rule, and the mismatches.
// Usage: npm run eval -- <folder>   (run `npm run build` first; reads out/server/src/core).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run eval -- <folder with clauses.jsonl and/or *.md + *.expected.json>');
  process.exit(2);
}
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.error(`eval: "${folder}" is not a folder (give the folder with clauses.jsonl and/or *.md + *.expected.json)`);
  process.exit(2);
}
const corePath = path.join(root, 'out/server/src/core/index.js');
if (!fs.existsSync(corePath)) {
  console.error('out/server/src/core/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
const { analyze } = await import(pathToFileURL(corePath).href);

const RULES = {
  A: 'over-restricted-dissemination',
  B: 'missing-privacy-act-handling',
  C: 'classified-without-formal-terms',
};

/** Counters for one rule and one confidence group. */
function counter() {
  return { tp: 0, fp: 0, fn: 0, tn: 0, fps: [], fns: [] };
}
function add(c, expected, fired, id) {
  if (expected && fired) c.tp++;
  else if (!expected && fired) (c.fp++, c.fps.push(id));
  else if (expected && !fired) (c.fn++, c.fns.push(id));
  else c.tn++;
}
const pct = (n, d) => (d === 0 ? '  n/a' : (n / d).toFixed(2).padStart(5));

function table(title, groups) {
  console.log(`\n${title}`);
  console.log('rule                                   precision  recall   tp  fp  fn  tn');
  for (const [key, c] of Object.entries(groups)) {
    const name = `${key} ${RULES[key]}`.padEnd(38);
    console.log(`${name} ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, c.tp + c.fn)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.tn).padStart(3)}`);
  }
  for (const [key, c] of Object.entries(groups)) {
    if (c.fps.length) console.log(`  ${key} false positives: ${c.fps.join(', ')}`);
    if (c.fns.length) console.log(`  ${key} missed: ${c.fns.join(', ')}`);
  }
}

let failed = false;
const clausesFile = path.join(folder, 'clauses.jsonl');
if (fs.existsSync(clausesFile)) {
  const main = { A: counter(), B: counter(), C: counter() };
  const low = { A: counter(), B: counter(), C: counter() };
  let n = 0;
  let nLow = 0;
  const started = performance.now();
  for (const line of fs.readFileSync(clausesFile, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    const text = String(item.text ?? '');
    const draft = `## Article 1\n\n${text}\n`;
    const fired = new Set(analyze(draft).findings.map((f) => f.ruleId));
    const labels = item.labels ?? {};
    const expected = {
      A: labels.over_restrictive_dissemination === true,
      B: item.shares_personal_data === true && labels.privacy_handling_present === false,
      C: labels.classified_formal_terms === false,
    };
    const group = item.confidence === 'low' ? low : main;
    if (item.confidence === 'low') nLow++;
    else n++;
    for (const k of Object.keys(RULES)) add(group[k], expected[k], fired.has(RULES[k]), item.id);
  }
  table(`Clauses (high and medium confidence, ${n} clauses; each alone in a one-article draft)`, main);
  if (nLow) table(`Clauses (low confidence, ${nLow} clauses; scored separately)`, low);
  console.log(`  (${(performance.now() - started).toFixed(0)} ms for ${n + nLow} clauses)`);
  for (const c of Object.values(main)) if (c.fp || c.fn) failed = true;
}

const docs = fs.readdirSync(folder).filter((f) => f.endsWith('.expected.json')).sort();
if (docs.length) {
  const whole = { A: counter(), B: counter(), C: counter() };
  const keys = { A: 'A_over_restrictive_dissemination', B: 'B_missing_privacy_act_handling', C: 'C_classified_without_formal_terms' };
  const rows = [];
  for (const f of docs) {
    const exp = JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8'));
    const mdName = exp.file ?? f.replace(/\.expected\.json$/, '.md');
    const mdPath = path.join(folder, path.basename(mdName));
    if (!fs.existsSync(mdPath)) continue;
    const findings = analyze(fs.readFileSync(mdPath, 'utf8')).findings;
    const id = path.basename(mdPath, '.md');
    const cells = [];
    for (const k of Object.keys(RULES)) {
      const expected = exp.expected?.[keys[k]]?.flag === true;
      const hits = findings.filter((x) => x.ruleId === RULES[k]);
      add(whole[k], expected, hits.length > 0, id);
      const lines = hits.map((h) => h.range.start.line + 1).join(',');
      cells.push(`${k}:${expected ? 'flag' : 'no'}/${hits.length ? `fired@${lines}` : 'silent'}${expected === hits.length > 0 ? '' : ' MISMATCH'}`);
    }
    rows.push(`  ${id.padEnd(36)} ${cells.join('  ')}`);
  }
  table(`Whole agreements (${rows.length}; expected verdict vs finding)`, whole);
  for (const r of rows) console.log(r);
  for (const c of Object.values(whole)) if (c.fp || c.fn) failed = true;
}
process.exitCode = failed ? 1 : 0;
