/**
 * Reaches V8's garbage collector from a process started without `--expose-gc`: the flag is set at
 * run time, and a new context created afterwards has `gc`. The expression evaluated is a constant
 * of this file; no text from a draft, setting or template is ever evaluated. This is the one
 * shipped file allowed to use `vm` (test/robustness/security.test.ts checks that).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collector: (() => void) | null | undefined;

/** A full garbage collection, or undefined when this Node.js offers none. */
export function garbageCollector(): (() => void) | undefined {
  if (collector === undefined) {
    collector = (globalThis as { gc?: () => void }).gc ?? null;
    if (!collector) {
      try {
        v8.setFlagsFromString('--expose-gc');
        const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
        collector = typeof gc === 'function' ? (gc as () => void) : null;
      } catch {
        collector = null;
      }
    }
  }
  return collector ?? undefined;
}
