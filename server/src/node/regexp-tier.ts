/**
 * How V8 runs the readings' patterns. By default it runs a new pattern first in its bytecode
 * interpreter and compiles it to machine code only after that (its "tier-up"): each of the large
 * patterns of the clause readings (language/*.ts) was then compiled twice, and read its first
 * clauses interpreted, many times slower. On the first analysis of a 10 KB draft that cost about
 * 250 ms of the 400–550 (docs/performance.md, 8 December 2026, morning). Compiled to machine code
 * at once, every pattern costs one compilation. V8 reads the flag when it compiles a pattern, and
 * patterns are compiled on their first use, so setting it before the first analysis is enough.
 */
import v8 from 'node:v8';

export function compilePatternsAtOnce(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
