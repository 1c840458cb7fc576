/** Validation of the per-rule severity setting, shared by the server and the CLI. */
import { getRule } from './registry.js';
import type { SeveritySetting } from './types.js';

const levels = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** A team playbook's rule id, `playbook/<name>` with a kebab-case name (docs/playbooks.md). */
export const playbookRuleId = /^playbook\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads a `rules` setting value. Unknown rule ids and invalid levels are dropped and described in
 * `problems`, so a broken setting never stops the review. A playbook's id (`playbook/<name>`) is
 * accepted whether or not such a playbook is loaded: playbooks are found per folder, the setting
 * may be shared by several.
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
    if (!getRule(id) && !playbookRuleId.test(id)) {
      problems.push(
        id.startsWith('playbook/')
          ? `The "rules" setting names "${id}", which is not a playbook id: write playbook/ and the playbook's kebab-case name; it was ignored.`
          : `The "rules" setting names an unknown rule "${id}"; it was ignored.`,
      );
    } else if (typeof level !== 'string' || !levels.has(level)) {
      problems.push(`The "rules" setting gives rule "${id}" the severity ${JSON.stringify(level)}; use error, warning, information, hint or off.`);
    } else {
      rules[id] = level as SeveritySetting;
    }
  }
  return { rules, problems };
}
