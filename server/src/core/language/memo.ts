/**
 * How many clause readings the memos have computed (lookups they could not answer) since the
 * process started: the work a keystroke costs, counted rather than timed, so that a test can hold
 * it to a budget on any machine (test/core/work-budget.test.ts).
 */
export const readingWork = { computed: 0 };

/** Every memo made here, so that `forgetReadings` can empty them all. */
const everyMemo: { clear(): void }[] = [];

/**
 * Empties every memo of clause readings, so that the next analysis reads every clause afresh, as
 * the first analysis in a new process does. The benchmark and the profiler time cold analyses
 * with it (their generated drafts share many clause texts, which the memos would otherwise answer
 * from one draft to the next), and the server calls it when the last open draft is closed, so
 * that the readings of a closed draft do not stay in memory.
 */
export function forgetReadings(): void {
  for (const m of everyMemo) m.clear();
}

/**
 * Keys the memos took in while readings were marked as scratch (see `scratchReadings`), with the
 * memo that holds each; undefined while no scratch reading runs.
 */
let scratch: { memo: { forget(key: string): void }; key: string }[] | undefined;
const scratchTaken: { memo: { forget(key: string): void }; key: string }[] = [];

/**
 * Runs `read` with the readings it adds to the memos marked as scratch, so that
 * `forgetScratchReadings` can take exactly them out again. The server's warm-up reads a draft of
 * its own in idle time (lsp/warm-up.ts); its readings must not stay in memory beside the user's.
 */
export function scratchReadings<T>(read: () => T): T {
  const outer = scratch;
  scratch = scratchTaken;
  try {
    return read();
  } finally {
    scratch = outer;
  }
}

/** Takes out of the memos the readings added under `scratchReadings` (a user's draft reads them again if it needs them). */
export function forgetScratchReadings(): void {
  for (const { memo, key } of scratchTaken) memo.forget(key);
  scratchTaken.length = 0;
}

/** Adds `clear` to what `forgetReadings` empties (a cache kept between analyses outside a memo). */
export function forgetWithReadings(clear: () => void): void {
  everyMemo.push({ clear });
}

/**
 * A bounded memo keyed by text: clause readings are kept while a draft is edited, so that a
 * keystroke in one clause of a long article does not make every other clause be read again.
 * When full it starts over (the next analysis refills what it needs).
 */
export class TextMemo<V> {
  private map = new Map<string, V>();
  constructor(private readonly limit: number) {
    everyMemo.push(this);
  }

  clear(): void {
    this.map.clear();
  }

  forget(key: string): void {
    this.map.delete(key);
  }

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    readingWork.computed++;
    const v = compute();
    if (this.map.size >= this.limit) this.clear();
    this.map.set(key, v);
    scratch?.push({ memo: this, key });
    return v;
  }
}

/** `read`, with its last answer kept: asked about the same text again, it answers at once. */
export function keepLast(read: (text: string) => string): (text: string) => string {
  let lastIn: string | undefined;
  let lastOut = '';
  everyMemo.push({ clear: () => (lastIn = undefined) });
  return (text) => {
    if (text !== lastIn) {
      lastOut = read(text);
      lastIn = text;
    }
    return lastOut;
  };
}

/**
 * A bounded memo keyed by a text and a small variant (the context a clause is read in). The text
 * is looked up as it is: the clause strings the passes share already carry their hash after the
 * first lookup, where a key built by joining the variant to the text would be a new string to
 * copy and hash at every lookup.
 */
export class VariantMemo<V> {
  /** For each text, its variants and values in turn: [variant, value, variant, value, ...]. */
  private map = new Map<string, unknown[]>();
  private size = 0;
  constructor(private readonly limit: number) {
    everyMemo.push(this);
  }

  clear(): void {
    this.map.clear();
    this.size = 0;
  }

  forget(text: string): void {
    const entries = this.map.get(text);
    if (!entries) return;
    this.size -= entries.length / 2;
    this.map.delete(text);
  }

  get(text: string, variant: string | number, compute: () => V): V {
    let entries = this.map.get(text);
    if (entries) for (let i = 0; i < entries.length; i += 2) if (entries[i] === variant) return entries[i + 1] as V;
    readingWork.computed++;
    const v = compute();
    if (this.size >= this.limit) {
      this.clear();
      entries = undefined;
    }
    if (entries) entries.push(variant, v);
    else this.map.set(text, [variant, v]);
    this.size++;
    scratch?.push({ memo: this, key: text });
    return v;
  }
}
