/**
 * How V8 runs the readings' patterns in the CLI. By default it runs a new pattern first in its
 * bytecode interpreter and compiles it to machine code only after that (its "tier-up"): each of the
 * large patterns of the clause readings (language/*.ts) was then compiled twice, and read its first
 * clauses interpreted, many times slower. On the first analysis of a 10 KB draft that cost about
 * 250 ms of the 400–550 (docs/performance.md, 8 December 2026, morning). Compiled to machine code at
 * once, every pattern costs one compilation. V8 reads the flag when it compiles a pattern, and
 * patterns are compiled on their first use, so setting it before the first analysis is enough.
 *
 * The language server keeps V8's default. With the flag set there, the patterns made from a draft's
 * own words while it is edited, many of them run once, were each compiled to machine code too: the
 * server held 203 MB after 1,000 edits of a 1 MB draft instead of 142 (bench h). Setting the flag
 * back once the first review had published made the server exit: V8 does not take the change for
 * patterns it has already compiled.
 */
import v8 from 'node:v8';

export function compilePatternsAtOnce(): void {
  // AGREEMENT_LINT_PATTERN_TIER_UP=1 keeps V8's default, to measure the difference.
  if (process.env['AGREEMENT_LINT_PATTERN_TIER_UP'] === '1') return;
  v8.setFlagsFromString('--no-regexp-tier-up');
}
