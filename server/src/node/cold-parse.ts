/**
 * The first open of a long draft, on two threads: runs of the draft's sections are parsed on a
 * worker thread while the server's thread parses the others (issue 20, first open).
 *
 * The core stays synchronous and free of node APIs: it is handed a `ColdParser` (see `ModelCache`),
 * which cuts the draft's sections into runs of about equal length ("chunks"), posts them all to the
 * worker, and then both threads take the next chunk from a shared counter until none is left; the
 * server's thread then waits for the chunks the worker took (`Atomics.wait` on a shared counter,
 * `receiveMessageOnPort`). With a free core each thread parses about half; when the worker is slow
 * the server's thread parses what it has not taken, and waits at most for the chunk it is parsing.
 * Where no core is free (a busy machine that shares the CPU between sessions), the worker takes CPU
 * from the server's thread and the parse is slower than on one thread (docs/performance.md, "8
 * December 2026, later"). A section's parsed data depends on its text alone
 * and is plain data, so the worker's copy is the data the server's thread would have made. A worker
 * that is not ready, fails or does not answer in time leaves its chunks to the server's thread: the
 * result is the same, only slower.
 *
 * The worker is its own small bundle (bin/cold-parse-worker.ts, `dist/cold-parse-worker.cjs`, ready
 * in 60-90 ms). It is started when a long draft is read cold (the server's thread starts parsing at
 * once; the worker takes chunks from when it is loaded) and ended two seconds after the last one,
 * so that no worker holds memory while the user types.
 */
import { MessageChannel, Worker, isMainThread, parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { parseSectionsCold, parseSectionsFully, type ColdParser, type SectionData } from '../core/model.js';

const WORKER_KIND = 'agreement-lint-cold-parse';

/**
 * A draft shorter than this is parsed on one thread: its parse takes a few tens of milliseconds,
 * about what handing half of it over costs.
 */
export const COLD_PARSE_MIN_CHARS = 100_000;

/** Chunks a draft is cut into (each at least CHUNK_MIN_CHARS long). */
const CHUNKS = 16;
const CHUNK_MIN_CHARS = 8_000;

/** How long the worker is kept after the last draft read cold (see `endWhenIdle`). */
export const WORKER_IDLE_MS = 2_000;

/** How long the server's thread waits for a chunk the worker took before it parses it itself. */
const WAIT_MS = 10_000;

// The shared counters (Int32Array over a SharedArrayBuffer).
const READY = 0; // 1 once the worker listens
const REQUEST = 1; // the id of the request being shared
const NEXT = 2; // the next chunk to take
const ANSWERED = 3; // chunks the worker has answered (any request): woken on

interface Setup {
  kind: typeof WORKER_KIND;
  port: MessagePort;
  flags: SharedArrayBuffer;
}

interface Request {
  id: number;
  chunks: string[][];
}

interface Reply {
  id: number;
  chunk: number;
  datas?: SectionData[];
}

/**
 * On the worker thread: answers parse requests and returns true; `collect` (a full garbage
 * collection, if the process offers one) runs shortly after each request. On any other thread: false.
 */
export function serveColdParseIfWorker(collect?: () => void): boolean {
  if (isMainThread) return false;
  const setup = workerData as Partial<Setup> | undefined;
  if (setup?.kind !== WORKER_KIND || !setup.port || !setup.flags) return false;
  const { port } = setup;
  const state = new Int32Array(setup.flags);
  let collection: ReturnType<typeof setTimeout> | undefined;
  port.on('message', (m: Request) => {
    for (;;) {
      if (Atomics.load(state, REQUEST) !== m.id) break;
      const i = Atomics.add(state, NEXT, 1);
      if (i >= m.chunks.length || Atomics.load(state, REQUEST) !== m.id) break;
      let datas: SectionData[] | undefined;
      try {
        datas = parseSectionsFully(m.chunks[i]!);
      } catch {
        datas = undefined;
      }
      // Posted before the counter moves, so the reply is on the port when the server's thread wakes.
      port.postMessage({ id: m.id, chunk: i, datas } satisfies Reply);
      Atomics.add(state, ANSWERED, 1);
      Atomics.notify(state, ANSWERED);
    }
    if (collect) {
      if (collection) clearTimeout(collection);
      collection = setTimeout(collect, 200);
      collection.unref();
    }
  });
  Atomics.store(state, READY, 1);
  parentPort?.postMessage('ready');
  return true;
}

/** A cold parser on two threads; `script` is the bundle to start the worker from (the server's own). */
export interface TwoThreadColdParser {
  coldParse: ColdParser;
  /** How many cold parses shared chunks with the worker, and how many chunks it parsed in all (for tests and the benchmark). */
  readonly shared: { drafts: number; chunks: number; ofChunks: number };
  /** Starts the worker now (it starts by itself on the first long draft read cold); resolves once it listens (true), or fails (false). */
  start(): Promise<boolean>;
  close(): Promise<void>;
}

/** Cuts `texts` into runs of about equal length: the start index of each run, and the end. */
function chunkStarts(texts: readonly string[], total: number): number[] {
  const size = Math.max(CHUNK_MIN_CHARS, Math.ceil(total / CHUNKS));
  const starts = [0];
  let acc = 0;
  for (let i = 0; i < texts.length; i++) {
    if (acc >= size) {
      starts.push(i);
      acc = 0;
    }
    acc += texts[i]!.length;
  }
  starts.push(texts.length);
  return starts;
}

export function twoThreadColdParser(script: string, minChars = COLD_PARSE_MIN_CHARS, idleMs = WORKER_IDLE_MS): TwoThreadColdParser {
  const flags = new SharedArrayBuffer(4 * 4);
  const state = new Int32Array(flags);
  let worker: { thread: Worker; port: MessagePort; ready: Promise<boolean> } | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  /** The worker, started if there is none: on its own thread it loads while this one works. */
  const start = () => {
    if (worker) return worker;
    Atomics.store(state, READY, 0);
    const { port1, port2 } = new MessageChannel();
    try {
      // A small young generation: the parse's garbage is short-lived.
      const thread = new Worker(script, {
        workerData: { kind: WORKER_KIND, port: port2, flags } satisfies Setup,
        transferList: [port2],
        stdout: true,
        stderr: true,
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      thread.unref();
      const ready = new Promise<boolean>((resolve) => {
        thread.on('message', (m) => m === 'ready' && resolve(true));
        thread.once('exit', () => resolve(false));
        thread.once('error', () => resolve(false));
      });
      const mine = { thread, port: port1, ready };
      const gone = () => {
        if (worker === mine) worker = undefined;
        port1.close();
      };
      thread.on('error', gone);
      thread.on('exit', gone);
      worker = mine;
    } catch {
      worker = undefined;
    }
    return worker;
  };

  /**
   * The worker is ended once no draft has been read cold for `idleMs`: a worker kept waiting held
   * 25-40 MB (its heap and the memory its thread allocated), which the server's memory target has
   * no room for. The next long draft read cold starts one again.
   */
  const endWhenIdle = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      idle = undefined;
      const w = worker;
      worker = undefined;
      void w?.thread.terminate();
    }, idleMs);
    idle.unref();
  };

  let lastId = 0;
  const shared = { drafts: 0, chunks: 0, ofChunks: 0 };

  const coldParse: ColdParser = (texts) => {
    let total = 0;
    for (const t of texts) total += t.length;
    if (total < minChars) return parseSectionsCold(texts);
    const starts = chunkStarts(texts, total);
    const n = starts.length - 1;
    const w = n < 2 ? undefined : start();
    if (!w) return parseSectionsCold(texts);
    endWhenIdle();
    const port1 = w.port;
    const chunks = Array.from({ length: n }, (_, i) => texts.slice(starts[i], starts[i + 1]));
    const id = ++lastId;
    Atomics.store(state, NEXT, 0);
    Atomics.store(state, REQUEST, id);
    port1.postMessage({ id, chunks } satisfies Request);
    const out: (SectionData | undefined)[] = new Array(texts.length);
    const done = new Array<boolean>(n).fill(false);
    const take = (i: number, datas: readonly (SectionData | undefined)[]) => {
      for (let k = 0; k < datas.length; k++) out[starts[i]! + k] = datas[k];
      done[i] = true;
    };
    // Take chunks until none is left.
    for (let i = Atomics.add(state, NEXT, 1); i < n; i = Atomics.add(state, NEXT, 1)) take(i, parseSectionsCold(chunks[i]!));
    // The worker's chunks: those it has answered, then those it is still parsing.
    let fromWorker = 0;
    const drain = () => {
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
        const reply = m.message as Reply;
        if (reply.id !== id || done[reply.chunk] || reply.datas?.length !== chunks[reply.chunk]!.length) continue;
        take(reply.chunk, reply.datas);
        fromWorker++;
      }
    };
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const answered = Atomics.load(state, ANSWERED);
      drain();
      if (done.every(Boolean)) break;
      const left = deadline - Date.now();
      if (left <= 0 || worker !== w) break;
      Atomics.wait(state, ANSWERED, answered, Math.min(left, 50));
    }
    // Stop the worker taking chunks of this request; what it did not answer is parsed here.
    Atomics.store(state, REQUEST, 0);
    for (let i = 0; i < n; i++) if (!done[i]) take(i, parseSectionsCold(chunks[i]!));
    if (fromWorker > 0) {
      shared.drafts++;
      shared.chunks += fromWorker;
      shared.ofChunks += n;
    }
    return out;
  };

  return {
    coldParse,
    shared,
    start: () => start()?.ready ?? Promise.resolve(false),
    async close() {
      if (idle) clearTimeout(idle);
      const w = worker;
      worker = undefined;
      await w?.thread.terminate();
    },
  };
}
