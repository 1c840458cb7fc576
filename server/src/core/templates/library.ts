/** The template library: built-in templates overridden, by id, by a team's. */
import type { ClauseTemplate, TemplateLibrary } from './types.js';
import { builtinTemplates } from './builtin.generated.js';

/** A library of `builtins` with `team` templates added or overriding by id. */
export function createLibrary(team: readonly ClauseTemplate[] = [], builtins: readonly ClauseTemplate[] = builtinTemplates): TemplateLibrary {
  const byId = new Map<string, ClauseTemplate>();
  for (const t of builtins) byId.set(t.id, t);
  for (const t of team) byId.set(t.id, t);
  const all = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    get: (id) => byId.get(id),
    all: () => all,
    forRule: (ruleId, element) => all.filter((t) => t.fixes.includes(ruleId) && (element === undefined || t.element === element)),
  };
}
