/**
 * The first open of a long draft, on two threads: the sections of the second half of the draft are
 * parsed on a worker thread while the server's thread parses the first half (issue 20, first open).
 *
 * The core stays synchronous and free of node APIs: it is handed a `ColdParser` (see `ModelCache`),
 * which posts the second half's section texts to the worker, parses the first half itself, then
 * waits for the worker's reply (`Atomics.wait` on a shared flag, `receiveMessageOnPort`). A section's
 * parsed data depends on its text alone and is plain data, so the worker's copy is the data the
 * server's thread would have made. A worker that is not ready, fails or does not answer in time
 * leaves its half to the server's thread: the result is the same, only slower.
 *
 * The worker is the server's own bundle started again (`serveColdParseIfWorker` at the top of
 * bin/server.ts). It is started with the server, so that it is loaded and warm by the first open.
 */
import { MessageChannel, Worker, isMainThread, parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { parseSectionsFully, type ColdParser, type SectionData } from '../core/index.js';
import { parseSectionsCold } from '../core/model.js';

const WORKER_KIND = 'agreement-lint-cold-parse';

/**
 * A draft shorter than this is parsed on one thread: its parse takes a few tens of milliseconds,
 * about what handing half of it over costs.
 */
export const COLD_PARSE_MIN_CHARS = 100_000;

/** How long the server's thread waits for the worker's half before it parses that half itself. */
const WAIT_MS = 10_000;

interface Setup {
  kind: typeof WORKER_KIND;
  port: MessagePort;
  /** Int32 [0]: the id of the last request answered; [1]: 1 once the worker listens. */
  flags: SharedArrayBuffer;
}

interface Request {
  id: number;
  texts: string[];
}

interface Reply {
  id: number;
  datas?: SectionData[];
}

/** On the worker thread: answers parse requests and returns true. On any other thread: false. */
export function serveColdParseIfWorker(): boolean {
  if (isMainThread) return false;
  const setup = workerData as Partial<Setup> | undefined;
  if (setup?.kind !== WORKER_KIND || !setup.port || !setup.flags) return false;
  const { port } = setup;
  const state = new Int32Array(setup.flags);
  port.on('message', (m: Request) => {
    let datas: SectionData[] | undefined;
    try {
      datas = parseSectionsFully(m.texts);
    } catch {
      datas = undefined;
    }
    // Posted before the flag is raised, so the reply is on the port when the server's thread wakes.
    port.postMessage({ id: m.id, datas } satisfies Reply);
    Atomics.store(state, 0, m.id);
    Atomics.notify(state, 0);
  });
  Atomics.store(state, 1, 1);
  parentPort?.postMessage('ready');
  return true;
}

/** A cold parser on two threads; `script` is the bundle to start the worker from (the server's own). */
export interface TwoThreadColdParser {
  coldParse: ColdParser;
  /** How many cold parses had a half parsed on the worker (for tests and the benchmark). */
  readonly shared: number;
  /** Resolves once the worker listens (true), or when there is none (false). Until then a draft is parsed on one thread. */
  ready: Promise<boolean>;
  close(): Promise<void>;
}

export function twoThreadColdParser(script: string, minChars = COLD_PARSE_MIN_CHARS): TwoThreadColdParser {
  const flags = new SharedArrayBuffer(8);
  const state = new Int32Array(flags);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  let ready: Promise<boolean> = Promise.resolve(false);
  try {
    worker = new Worker(script, { workerData: { kind: WORKER_KIND, port: port2, flags } satisfies Setup, transferList: [port2], stdout: true, stderr: true });
    worker.unref();
    const gone = () => (worker = undefined);
    worker.on('error', gone);
    worker.on('exit', gone);
    const w = worker;
    ready = new Promise((resolve) => {
      w.on('message', (m) => m === 'ready' && resolve(true));
      w.once('exit', () => resolve(false));
    });
  } catch {
    worker = undefined;
  }
  let lastId = 0;
  let shared = 0;

  /** The worker's reply to request `id`, or undefined when it does not come in time. */
  const replyTo = (id: number): SectionData[] | undefined => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const answered = Atomics.load(state, 0);
      if (answered >= id) break;
      const left = deadline - Date.now();
      if (left <= 0 || !worker) return undefined;
      Atomics.wait(state, 0, answered, Math.min(left, 100));
    }
    // Earlier replies (to requests given up on) come first.
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const reply = m.message as Reply;
      if (reply.id === id) return reply.datas;
    }
    return undefined;
  };

  const coldParse: ColdParser = (texts) => {
    let total = 0;
    for (const t of texts) total += t.length;
    if (!worker || total < minChars || Atomics.load(state, 1) !== 1) return parseSectionsCold(texts);
    // The second half (by characters, at a section boundary) goes to the worker.
    let k = 0;
    for (let acc = 0; k < texts.length && acc + texts[k]!.length <= total / 2; k++) acc += texts[k]!.length;
    if (k === 0 || k >= texts.length) return parseSectionsCold(texts);
    const id = ++lastId;
    port1.postMessage({ id, texts: texts.slice(k) } satisfies Request);
    const first = parseSectionsCold(texts.slice(0, k));
    const second = replyTo(id);
    if (second && second.length === texts.length - k) shared++;
    return [...first, ...(second && second.length === texts.length - k ? second : parseSectionsCold(texts.slice(k)))];
  };

  return {
    coldParse,
    ready,
    get shared() {
      return shared;
    },
    async close() {
      port1.close();
      await worker?.terminate();
    },
  };
}
