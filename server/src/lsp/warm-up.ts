/**
 * The server's warm-up: in idle time after it starts, it builds a draft of its own and types into
 * it, so that the keystroke path is compiled and optimised before the user's first keystrokes.
 *
 * Why: V8 optimises a function once it has run enough. A cold analysis of a whole draft warms the
 * code that reads each section, but the code of an incremental analysis (reusing and moving the
 * sections, assembling the draft's terms and references again) runs once per keystroke, so it
 * stays slow for the first dozens of keystrokes in a new session: measured in process on a 1 MB
 * draft, the first ten keystrokes took 40–120 ms against 12–17 ms later (docs/performance.md).
 *
 * How: one small step at a time (append one Article, or type one character, and analyse), each a
 * few milliseconds, run only while the server has nothing else to do, so a request that arrives
 * waits for at most one step. The readings the warm-up adds to the clause memos are taken out
 * again when it ends (`forgetScratchReadings`), and its analyzer is dropped.
 */
import { createAnalyzer, fillTemplate, forgetScratchReadings, scratchReadings, type Analyzer, type Rule } from '../core/index.js';
import { readFrontMatter, type FrontMatter } from '../core/model.js';
import { builtinTemplates } from '../core/templates/index.js';

/** The warm-up's own draft grows to about this many characters. */
const WARM_DRAFT_CHARS = 120_000;
/** Characters it types into that draft, spread over its clauses. */
const WARM_KEYSTROKES = 160;

export interface WarmUpOptions {
  rules: readonly Rule[];
  /** Whether the server has nothing else to do now (no review pending or just run). */
  idle: () => boolean;
  /** Called once, when the warm-up has run every step or was stopped. */
  onEnd?: (steps: number) => void;
}

export interface WarmUp {
  /** Ends the warm-up now (the process is shutting down, say). */
  stop(): void;
  /** Steps run so far. */
  readonly steps: number;
  readonly done: boolean;
}

const FRONT_MATTER = '---\ntitle: Arrangement on the exchange of inspection records\nparties:\n  - Northland\n  - Southmark\ninstrument: this Arrangement\n---\n\n';

const SUBJECTS = ['inspection records', 'vessel reports', 'laboratory findings', 'permit decisions', 'audit results', 'shipment notices', 'incident logs', 'registry extracts'];
const BODIES = ['the Inspection Office', 'the Port Authority', 'the Licensing Board', 'the Customs Directorate', 'the Survey Bureau', 'the Standards Agency'];
const DEADLINES = ['ten', 'fifteen', 'twenty', 'thirty', 'forty-five', 'sixty'];

/** One Article of the warm-up draft, numbered `n`: a standard clause, then clauses of its own (our wording). */
function article(n: number, fm: FrontMatter): string {
  const template = builtinTemplates[n % builtinTemplates.length]!;
  const subject = SUBJECTS[n % SUBJECTS.length]!;
  const body = BODIES[(n * 5) % BODIES.length]!;
  const days = DEADLINES[(n * 7) % DEADLINES.length]!;
  const lines = [
    `## Article ${n} — ${template.title} (${subject})`,
    '',
    `1. ${fillTemplate(template, fm, { 'RECEIVING PARTY': 'the Receiving Party', 'PROVIDING PARTY': 'the Providing Party', INSTRUMENT: 'this Arrangement' })}`,
    '',
    `2. ${body[0]!.toUpperCase()}${body.slice(1)} of each Party shall answer a request for ${subject} within ${days} days of its receipt, and shall say in writing why any part of it cannot be answered.`,
    '',
    `3. A request under paragraph 2 of this Article shall state:`,
    '',
    `   (a) the ${subject} sought and the period they cover;`,
    `   (b) the purpose for which Shared Records are sought, as set out in Article ${Math.max(1, n - 1)}; and`,
    `   (c) the name of the official of ${body} who will receive them.`,
    '',
    `4. The costs of meeting request number ${n * 13 + 7} shall be borne by the Party that incurs them, unless the Parties agree otherwise in writing.`,
    '',
  ];
  return lines.join('\n');
}

/** The opening of the warm-up draft: its front matter, title and definitions. */
function opening(): string {
  return (
    FRONT_MATTER +
    '# Arrangement on the exchange of inspection records\n\n' +
    '## Article 1 — Definitions\n\n' +
    'For the purposes of this Arrangement:\n\n' +
    '1. "Shared Records" means the records that one Party provides to the other under this Arrangement.\n\n' +
    '2. "Receiving Party" means the Party to which Shared Records are provided, and "Providing Party" the Party that provides them.\n\n'
  );
}

/**
 * Starts the warm-up. Each step runs from a timer, only when `idle()` says so; otherwise the step
 * waits and asks again later. Timers are unref'd, so the warm-up never keeps the process alive.
 */
export function startWarmUp(options: WarmUpOptions): WarmUp {
  let analyzer: Analyzer | undefined = createAnalyzer({}, options.rules);
  const fm = readFrontMatter(FRONT_MATTER);
  let text = opening();
  let n = 2;
  let typed = 0;
  let steps = 0;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Where the keystrokes go: the middle of each numbered paragraph, found once the draft is built.
  let spots: number[] = [];

  const end = () => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    analyzer = undefined;
    forgetScratchReadings();
    options.onEnd?.(steps);
  };

  const step = () => {
    if (text.length < WARM_DRAFT_CHARS) {
      text += article(n++, fm);
    } else {
      if (spots.length === 0) {
        for (let i = text.indexOf('\n2. '); i >= 0; i = text.indexOf('\n2. ', i + 1)) spots.push(i + 40);
      }
      // Keystrokes jump over the draft, a few in each place, as a reviewer edits.
      const k = Math.floor(typed / 4);
      const at = spots[Math.floor(((k * 0.618034) % 1) * spots.length)]! + (typed % 4) + k;
      text = text.slice(0, at) + 'e' + text.slice(at);
      typed++;
    }
    scratchReadings(() => analyzer!.analyze(text));
    steps++;
  };

  const tick = () => {
    timer = undefined;
    if (done) return;
    if (!options.idle()) {
      schedule(250);
      return;
    }
    try {
      step();
    } catch {
      // The warm-up serves speed only: whatever goes wrong in it ends it, quietly.
      end();
      return;
    }
    if (typed >= WARM_KEYSTROKES) end();
    else schedule(0);
  };

  const schedule = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref?.();
  };

  schedule(0);
  return {
    stop: end,
    get steps() {
      return steps;
    },
    get done() {
      return done;
    },
  };
}
