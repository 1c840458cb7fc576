// Group h of `npm run bench`: the server on drafts that do not repeat themselves (issue 20).
//
// Two drafts: a 1 MB draft from varied.mjs, in which no sentence occurs twice, and the real treaties
// of ../shared/treaties joined into one draft (when that folder is there). On each, through the
// real server over stdio, after warming the server up on another, unrelated draft:
//
//   open    first open → diagnostics, against a bare remark parse of the same text timed in the same
//           run (remark-parse alone, and with remark-gfm and remark-frontmatter: the yardstick); and
//           the same first open on a server whose cold parse runs on two threads
//           (AGREEMENT_LINT_TWO_THREADS=1), started and warmed up the same way, to see what the
//           cold-parse worker buys on this machine;
//   type    keystrokes typed in one clause, each waiting for its diagnostics;
//   jump    one-character edits that jump between distant clauses, each waiting for its diagnostics;
//   burst   ten edits sent within 100 ms: how many diagnostics are published, and for which version;
//   memory  resident memory with the draft open, over 1,000 edits, and after it is closed.
//
// Run as a script (`node nonrepeating.mjs parse <file> <runs>`), it times the bare remark parses
// of a file in a process of its own, as run.mjs times a.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri, residentMb, startServer } from './lsp.mjs';
import { generateVariedDraft, joinTreaties, variedClauseOffsets } from './varied.mjs';

const here = fileURLToPath(import.meta.url);
const now = () => performance.now();
const sleep = (t) => new Promise((r) => setTimeout(r, t));
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const r1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10);

if (process.argv[1] === here && process.argv[2] === 'parse') {
  // The parse task: remark alone, and remark with gfm and front matter, alternating, each warmed up.
  const text = fs.readFileSync(process.argv[3], 'utf8');
  const runs = Number(process.argv[4] ?? 5);
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkGfm } = await import('remark-gfm');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const bare = unified().use(remarkParse);
  const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  const times = { remark: [], remarkGfmFrontmatter: [] };
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, p] of [['remark', bare], ['remarkGfmFrontmatter', full]]) {
      const t0 = now();
      p.parse(text);
      if (i > 0) times[k].push(now() - t0);
    }
  }
  process.stdout.write(JSON.stringify({ remark: median(times.remark), remarkGfmFrontmatter: median(times.remarkGfmFrontmatter) }));
  process.exit(0);
}

/** Times the bare remark parses of `file` in a process of its own. */
function parseTimes(file, runs) {
  const r = spawnSync(process.execPath, [here, 'parse', file, String(runs)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench h: the parse task failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A mirror of an open document, so that edits can be sent as LSP ranges. */
class Doc {
  constructor(server, uri, text) {
    this.server = server;
    this.uri = uri;
    this.text = text;
    this.version = 1;
    this.published = [];
    this.lines = null;
  }
  position(offset) {
    let line = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) line++;
    return { line, character: offset - (this.text.lastIndexOf('\n', offset - 1) + 1) };
  }
  /** Resolves when diagnostics for `version` arrive; records every publish for this document meanwhile. */
  waitVersion(version) {
    return this.server.waitFor((m) => {
      if (m.method !== 'textDocument/publishDiagnostics' || m.params.uri !== this.uri) return false;
      this.published.push({ version: m.params.version, latest: this.version, count: m.params.diagnostics.length });
      return m.params.version === version;
    });
  }
  /** Sends one edit: insert `insert` at `offset`, or remove one character there. */
  edit(offset, insert) {
    const pos = this.position(offset);
    this.version++;
    const change = insert === undefined ? { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' } : { range: { start: pos, end: pos }, text: insert };
    this.text = insert === undefined ? this.text.slice(0, offset) + this.text.slice(offset + 1) : this.text.slice(0, offset) + insert + this.text.slice(offset);
    this.server.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [change] });
  }
  /** One edit, waiting for its diagnostics; resolves with the latency. */
  async timedEdit(offset, insert) {
    const t0 = now();
    const wait = this.waitVersion(this.version + 1);
    this.edit(offset, insert);
    await wait;
    return now() - t0;
  }
}

/** Spots in the middle of clauses (at a word boundary), spread over the draft: `at(fraction)`. */
function spots(text) {
  const clauses = variedClauseOffsets(text).filter((c) => c.end - c.start > 40);
  const fallback = [];
  if (clauses.length < 20) {
    // A real draft: any paragraph line of some length will do.
    const re = /^[^#\n-][^\n]{60,}$/gm;
    let m;
    while ((m = re.exec(text))) fallback.push({ start: m.index, end: m.index + m[0].length });
  }
  const list = clauses.length >= 20 ? clauses : fallback;
  return (fraction) => {
    const c = list[Math.min(list.length - 1, Math.floor(fraction * list.length))];
    const mid = text.lastIndexOf(' ', Math.floor((c.start + c.end) / 2));
    return mid > c.start ? mid : c.start + 1;
  };
}

/** Resident memory once the server has been idle long enough for V8 to give back what it grew for garbage. */
async function settled(server, seconds) {
  let rss = residentMb(server.pid);
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    rss = residentMb(server.pid);
  }
  return rss;
}

/** Starts a server and warms it up on an unrelated draft: open it, type in it, close it. */
async function warmServer(root, settings, tmp, env) {
  const server = startServer(root, settings, [], undefined, env);
  await server.initialize(fileUri(tmp));
  const warmFile = path.join(tmp, 'warm-up.agreement.md');
  const warmText = generateVariedDraft(200_000, 4242);
  fs.writeFileSync(warmFile, warmText);
  const warm = new Doc(server, fileUri(warmFile), warmText);
  const wait = warm.waitVersion(1);
  server.notify('textDocument/didOpen', { textDocument: { uri: warm.uri, languageId: 'agreement', version: 1, text: warmText } });
  await wait;
  const warmAt = spots(warmText);
  for (let i = 0; i < 20; i++) await warm.timedEdit(warmAt((i * 0.37) % 1), 'x');
  server.notify('textDocument/didClose', { textDocument: { uri: warm.uri } });
  return server;
}

/**
 * The first open alone, on a server started with the cold parse on two threads
 * (AGREEMENT_LINT_TWO_THREADS=1, off by default): what the cold-parse worker would buy, in the same run.
 */
async function firstOpenTwoThreads({ root, text, file, quick, tmp }) {
  const server = await warmServer(root, { debounceMs: 0, include: [], rules: {} }, tmp, { AGREEMENT_LINT_TWO_THREADS: '1' });
  await settled(server, quick ? 3 : 15);
  const doc = new Doc(server, fileUri(file), text);
  const t0 = now();
  const wait = doc.waitVersion(1);
  server.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'agreement', version: 1, text } });
  await wait;
  const ms = now() - t0;
  await server.shutdown();
  return ms;
}

/** Measures one draft; `log` prints a line. */
async function measureDraft({ root, name, text, quick, tmp, log }) {
  const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.agreement.md`);
  fs.writeFileSync(file, text);
  const parse = parseTimes(file, quick ? 2 : 5);
  const twoThreadsMs = await firstOpenTwoThreads({ root, text, file, quick, tmp });
  const settings = { debounceMs: 0, include: [], rules: {} };
  const server = await warmServer(root, settings, tmp);
  let wait;
  const baseline = await settled(server, quick ? 3 : 15);

  const doc = new Doc(server, fileUri(file), text);
  let t0 = now();
  wait = doc.waitVersion(1);
  server.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'agreement', version: 1, text } });
  await wait;
  const openMs = now() - t0;
  const findings = doc.published.at(-1)?.count ?? 0;
  const rssOpen = await settled(server, quick ? 3 : 15);
  log(
    `${name}: ${(text.length / 1e6).toFixed(2)} MB, ${findings} findings. remark parse ${parse.remark.toFixed(0)} ms, with gfm + front matter ${parse.remarkGfmFrontmatter.toFixed(0)} ms; ` +
      `first open → diagnostics ${openMs.toFixed(0)} ms (${(openMs / parse.remarkGfmFrontmatter).toFixed(2)}× the gfm parse); ` +
      `with the cold parse on two threads ${twoThreadsMs.toFixed(0)} ms (${(twoThreadsMs / parse.remarkGfmFrontmatter).toFixed(2)}×)`,
  );

  const at = spots(text);
  const word = ' promptly';
  // type: keystrokes in one clause, then taken back, in each of a few clauses.
  const type = [];
  for (const f of quick ? [0.5] : [0.1, 0.45, 0.8]) {
    const o = at(f);
    for (let i = 0; i < word.length; i++) type.push(await doc.timedEdit(o + i, word[i]));
    for (let i = word.length - 1; i >= 0; i--) type.push(await doc.timedEdit(o + i));
  }
  // jump: each edit in a clause far from the last one; then each taken back, jumping again.
  const jump = [];
  const n = quick ? 20 : 50;
  const places = Array.from({ length: n }, (_, i) => ((i * 0.618034) % 0.96) + 0.02);
  const offsets = [];
  for (const f of places) {
    // Offsets move as characters go in before them; keep them in step.
    const o = at(f) + offsets.filter((p) => p <= at(f)).length;
    offsets.push(o);
    jump.push(await doc.timedEdit(o, 'q'));
  }
  for (let i = offsets.length - 1; i >= 0; i--) jump.push(await doc.timedEdit(offsets[i]));
  if (doc.text !== text) throw new Error('bench h: the edits did not restore the draft');
  const all = [...type, ...jump];
  log(
    `  keystroke → diagnostics: typing in one clause median ${median(type).toFixed(1)} ms, p95 ${percentile(type, 95).toFixed(1)} ms (${type.length}); ` +
      `jumping between clauses median ${median(jump).toFixed(1)} ms, p95 ${percentile(jump, 95).toFixed(1)} ms (${jump.length}); all: median ${median(all).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`,
  );

  // burst: ten edits within 100 ms, then wait for the last version's diagnostics; with debounceMs
  // 0 (as every figure here), then with the default debounce (150 ms), set through the settings.
  const burstRun = async (bursts) => {
    let publishes = 0;
    let staleOrEarly = 0;
    const burstLatency = [];
    for (let b = 0; b < bursts; b++) {
      const o = at(((b * 0.29) % 0.9) + 0.05);
      const first = doc.version + 1;
      const before = doc.published.length;
      const last = doc.version + 10;
      const done = doc.waitVersion(last);
      let lastSent = 0;
      for (let i = 0; i < 10; i++) {
        doc.edit(o + (i < 5 ? i : 9 - i), i < 5 ? word[i + 1] : undefined);
        lastSent = now();
        if (i < 9) await sleep(10);
      }
      await done;
      burstLatency.push(now() - lastSent);
      const mine = doc.published.slice(before).filter((p) => p.version >= first && p.version <= last);
      publishes += mine.length;
      staleOrEarly += mine.filter((p) => p.version !== last).length;
    }
    if (doc.text !== text) throw new Error('bench h: the bursts did not restore the draft');
    return { bursts, publishes, forEarlierVersion: staleOrEarly, medianMs: r1(median(burstLatency)) };
  };
  const burst0 = await burstRun(quick ? 3 : 10);
  settings.debounceMs = 150;
  server.notify('workspace/didChangeConfiguration', { settings: { agreementLint: settings } });
  await sleep(300);
  const burstDefault = await burstRun(quick ? 2 : 5);
  settings.debounceMs = 0;
  server.notify('workspace/didChangeConfiguration', { settings: { agreementLint: settings } });
  await sleep(300);
  log(
    `  bursts of 10 edits within 100 ms: debounce 0: ${burst0.publishes} publishes for ${burst0.bursts} bursts (${burst0.forEarlierVersion} for an earlier version, each current when sent), last edit → diagnostics median ${burst0.medianMs} ms; ` +
      `default debounce 150 ms: ${burstDefault.publishes} for ${burstDefault.bursts} (${burstDefault.forEarlierVersion} earlier), ${burstDefault.medianMs} ms`,
  );

  // memory: 1,000 edits (jumping, then back), sampling resident memory every 100.
  const samples = [];
  const total = quick ? 200 : 1000;
  let edits = 0;
  let k = 0;
  while (edits < total) {
    const o = at(((k++ * 0.137) % 0.9) + 0.05);
    for (let i = 0; i < 5; i++) await doc.timedEdit(o + i, word[i + 1]);
    for (let i = 4; i >= 0; i--) await doc.timedEdit(o + i);
    edits += 10;
    if (edits % 100 === 0) samples.push(residentMb(server.pid));
  }
  const rssEdits = await settled(server, quick ? 3 : 15);
  server.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
  const rssClosed = await settled(server, quick ? 3 : 15);
  log(
    `  resident memory: ${baseline?.toFixed(0)} MB before open, ${rssOpen?.toFixed(0)} MB open, ${rssEdits?.toFixed(0)} MB after ${edits} edits ` +
      `(while editing ${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)} MB), ${rssClosed?.toFixed(0)} MB after close (idle ${quick ? 3 : 15} s each)`,
  );
  await server.shutdown();
  return {
    chars: text.length,
    findings,
    parse: { remarkMs: r1(parse.remark), remarkGfmFrontmatterMs: r1(parse.remarkGfmFrontmatter) },
    openMs: r1(openMs),
    openPerParse: Math.round((openMs / parse.remarkGfmFrontmatter) * 100) / 100,
    openTwoThreadsMs: r1(twoThreadsMs),
    openTwoThreadsPerParse: Math.round((twoThreadsMs / parse.remarkGfmFrontmatter) * 100) / 100,
    typing: { n: type.length, medianMs: r1(median(type)), p95Ms: r1(percentile(type, 95)) },
    jumping: { n: jump.length, medianMs: r1(median(jump)), p95Ms: r1(percentile(jump, 95)) },
    keystroke: { n: all.length, medianMs: r1(median(all)), p95Ms: r1(percentile(all, 95)) },
    bursts: burst0,
    burstsDefaultDebounce: burstDefault,
    memory: { baselineMb: r1(baseline), openMb: r1(rssOpen), afterEditsMb: r1(rssEdits), edits, whileEditingMb: [r1(Math.min(...samples)), r1(Math.max(...samples))], afterCloseMb: r1(rssClosed) },
  };
}

/**
 * Runs group h on the varied 1 MB draft and, when `treaties` is a folder, on the joined treaties.
 * Returns the figures and the targets of issue 20 with whether each is met.
 */
export async function benchNonRepeating({ root, quick, treaties, log = console.log }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-lint-bench-h-'));
  try {
    const drafts = [['varied 1 MB', generateVariedDraft(1_000_000, 7)]];
    const joined = treaties ? joinTreaties(treaties) : undefined;
    if (joined) drafts.push(['joined treaties', joined]);
    else log(`  (no treaties at ${treaties}: the joined-treaties draft is skipped)`);
    const figures = {};
    for (const [name, text] of drafts) figures[name] = await measureDraft({ root, name, text, quick, tmp, log });
    const targets = {};
    for (const [name, f] of Object.entries(figures)) {
      targets[`${name}: keystroke median <= 20 ms`] = { met: f.keystroke.medianMs <= 20, detail: `${f.keystroke.medianMs} ms` };
      targets[`${name}: keystroke p95 <= 40 ms`] = { met: f.keystroke.p95Ms <= 40, detail: `${f.keystroke.p95Ms} ms` };
      targets[`${name}: a burst of 10 edits publishes once, for its last version (debounce 0)`] = { met: f.bursts.publishes === f.bursts.bursts && f.bursts.forEarlierVersion === 0, detail: `${f.bursts.publishes} publishes for ${f.bursts.bursts} bursts` };
      targets[`${name}: a burst of 10 edits publishes once, for its last version (default debounce)`] = { met: f.burstsDefaultDebounce.publishes === f.burstsDefaultDebounce.bursts && f.burstsDefaultDebounce.forEarlierVersion === 0, detail: `${f.burstsDefaultDebounce.publishes} publishes for ${f.burstsDefaultDebounce.bursts} bursts` };
      targets[`${name}: first open <= 1.0x remark parse (gfm + front matter)`] = { met: f.openPerParse <= 1.0, detail: `${f.openPerParse}x` };
      if (name.startsWith('varied')) {
        const m = f.memory;
        targets[`${name}: resident memory <= 180 MB with the draft open`] = { met: Math.max(m.openMb, m.afterEditsMb) <= 180, detail: `${m.openMb} / ${m.afterEditsMb} MB` };
        targets[`${name}: memory flat over ${m.edits} edits (< 10 % growth)`] = { met: (m.afterEditsMb - m.openMb) / m.openMb < 0.1, detail: `${m.openMb} → ${m.afterEditsMb} MB` };
        targets[`${name}: memory back near the baseline after close (<= +20 %)`] = { met: m.afterCloseMb <= m.baselineMb * 1.2, detail: `${m.baselineMb} → ${m.afterCloseMb} MB` };
      }
    }
    return { figures, targets };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
