/**
 * The shared shape of the two "incomplete" mission checks (privacy handling, classified terms):
 * one finding on the article that holds the terms, naming the missing elements, with a fix that
 * inserts exactly those elements from their templates.
 */
import type { Section } from './model.js';
import { lazyFixes, type RuleContext } from './rule.js';

/** "a; b; or c" — the missing elements as a lawyer reads a list. */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; or ${items[items.length - 1]}`;
}

/**
 * Reports `missing` elements of `section`. `message(names)` words the finding from the list of
 * missing element names; `templateIds` and `names` map each element to its template and name.
 */
export function reportMissingElements<E extends string>(
  ctx: RuleContext,
  section: Section,
  missing: readonly E[],
  templateIds: Readonly<Record<E, string>>,
  names: Readonly<Record<E, string>>,
  message: (list: string) => string,
): void {
  const span = section.heading?.span ?? section.clauses[0]?.span ?? section.span;
  // Built when read: the fix checks how the article reads with the elements added, which means
  // parsing it again (see FixKit.insertIntoSection).
  const fixes = lazyFixes(() => ctx.fixes.insertIntoSection(section, missing.map((e) => templateIds[e])));
  ctx.report({ span, message: message(listOf(missing.map((e) => names[e]))), fixes });
}
