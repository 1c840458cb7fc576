/**
 * Playbook patterns run on re2js, an RE2 engine: matching time grows linearly with the text,
 * whatever the pattern, so a team's pattern cannot stall a review. RE2 has no backreferences and
 * no lookaround (both need backtracking); such patterns are refused when the playbook is read.
 */
import { RE2JS } from 're2js';
import type { PlaybookPattern } from './types.js';

const compiled = new Map<string, RE2JS>();

/** The compiled pattern (kept: playbooks are read once and run on every analysis). Throws on a pattern RE2 refuses. */
export function compilePattern(p: PlaybookPattern): RE2JS {
  const key = `${p.ignoreCase ? 'i' : '-'}${p.source}`;
  let re = compiled.get(key);
  if (!re) {
    re = RE2JS.compile(p.source, p.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    // A bounded memo: playbooks are few, but a long-running server may see many versions of them.
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/**
 * Why RE2 refuses a pattern, in plain words, or undefined when it compiles and cannot match empty
 * text (a pattern that matches nothing at all would report every position of the draft).
 */
export function patternProblem(p: PlaybookPattern): string | undefined {
  let re: RE2JS;
  try {
    re = compilePattern(p);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp:\s*/, '');
    const hint = /\\[1-9]/.test(p.source)
      ? ' Backreferences (\\1) are not supported: they need backtracking, which can take exponential time.'
      : /\(\?<?[=!]/.test(p.source)
        ? ' Lookahead and lookbehind ((?=...), (?!...), (?<=...), (?<!...)) are not supported: RE2 matches in linear time and has no lookaround.'
        : '';
    return `The pattern is not valid RE2 syntax: ${why}.${hint} See docs/playbooks.md, "Patterns".`;
  }
  if (re.testExact('')) return 'The pattern matches empty text, so it would match everywhere; make it require at least one character.';
  return undefined;
}

/** Every non-empty match of a pattern in `text`, as offsets with its groups. */
export function* matchesOf(re: RE2JS, text: string): Generator<{ start: number; end: number; groups: (string | null)[] }> {
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end <= start) continue;
    const groups: (string | null)[] = [];
    for (let g = 0; g <= Math.min(9, re.groupCount()); g++) groups.push(m.group(g));
    yield { start, end, groups };
  }
}

/** A replacement with `$1`..`$9` filled from the match's groups and `$$` written as "$". */
export function expandReplacement(replacement: string, groups: readonly (string | null)[]): string {
  return replacement.replace(/\$(\$|[1-9])/g, (_m, g: string) => (g === '$' ? '$' : (groups[Number(g)] ?? '')));
}
