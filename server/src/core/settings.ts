/** Validation of the per-rule severity setting, shared by the server and the CLI. */
import { getRule } from './registry.js';
import type { SeveritySetting } from './types.js';

const levels = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads a `rules` setting value. Unknown rule ids and invalid levels are dropped and described in
 * `problems`, so a broken setting never stops the review.
 */
export function parseSeveritySettings(value: unknown): { rules: Record<string, SeveritySetting>; problems: string[] } {
  const rules: Record<string, SeveritySetting> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('The "rules" setting must be an object of rule ids to severities; it was ignored.');
    return { rules, problems };
  }
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (!getRule(id)) {
      problems.push(`The "rules" setting names an unknown rule "${id}"; it was ignored.`);
    } else if (typeof level !== 'string' || !levels.has(level)) {
      problems.push(`The "rules" setting gives rule "${id}" the severity ${JSON.stringify(level)}; use error, warning, information, hint or off.`);
    } else {
      rules[id] = level as SeveritySetting;
    }
  }
  return { rules, problems };
}
