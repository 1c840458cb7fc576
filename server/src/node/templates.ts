/**
 * Team clause templates from disk: the `*.md` files of the folders a draft's configuration names
 * (`.agreement-lint/clauses/` beside each configuration level, and `templates:`; see config.ts).
 * Reading files is this layer's job; validation is the core's. A broken file is described (file,
 * field, what is wrong) and skipped; it never stops a review. Used by the CLI and the server alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatTemplateProblem, parseTemplates, rules, type ClauseTemplate, type TemplateProblem } from '../core/index.js';

/** The templates of one folder and the problems found reading it. */
export interface LoadedTemplates {
  templates: ClauseTemplate[];
  problems: TemplateProblem[];
}

/**
 * Reads every `*.md` file of `dir` (sorted by name). A missing folder gives no templates and no
 * problem; an unreadable file is a problem naming the file. `shownAs` maps a path to the name
 * used in problems (relative to the workspace folder, for example).
 */
export function loadTemplateFolder(dir: string, shownAs: (file: string) => string = (f) => f): LoadedTemplates {
  let names: string[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md')).map((e) => e.name).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { templates: [], problems: [] };
    return { templates: [], problems: [{ origin: shownAs(dir), message: `The template folder cannot be read (${code ?? 'error'}).` }] };
  }
  const files: { origin: string; text: string }[] = [];
  const problems: TemplateProblem[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      files.push({ origin: shownAs(file), text: fs.readFileSync(file, 'utf8') });
    } catch (e) {
      problems.push({ origin: shownAs(file), message: `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).` });
    }
  }
  const parsed = parseTemplates(files);
  // A rule id that names no rule is most likely a typo: the template still serves as a snippet,
  // but no fix will use it for that rule, so say so.
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  for (const t of parsed.templates) {
    const unknown = t.fixes.filter((id) => !ruleIds.has(id));
    if (unknown.length) {
      problems.push({
        origin: t.origin,
        field: 'fixes',
        message: `The field "fixes" names ${unknown.map((u) => `"${u}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a rule' : 'are not rules'}; the template is kept as a snippet. The rules are ${[...ruleIds].join(', ')}.`,
      });
    }
  }
  return { templates: parsed.templates, problems: [...problems, ...parsed.problems] };
}

/**
 * Template folders read once until `invalidate`: the server keeps one for its life (invalidated when
 * a watched file changes), the CLI one per run. Problems go to `report`, once per distinct problem.
 */
export class TemplateFolders {
  private readonly byDir = new Map<string, LoadedTemplates>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly report: (problem: string) => void,
    private readonly shownAs: (file: string) => string = (f) => f,
  ) {}

  /** The templates of `dirs`, a later folder overriding an earlier one by id. */
  templates(dirs: readonly string[]): ClauseTemplate[] {
    const byId = new Map<string, ClauseTemplate>();
    for (const dir of dirs) for (const t of this.folder(dir).templates) byId.set(t.id, t);
    return [...byId.values()];
  }

  private folder(dir: string): LoadedTemplates {
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      loaded = loadTemplateFolder(dir, this.shownAs);
      this.byDir.set(dir, loaded);
      for (const p of loaded.problems) {
        const line = `The clause template ${formatTemplateProblem(p)} The file was skipped.`;
        if (!this.reported.has(line)) {
          this.reported.add(line);
          this.report(line);
        }
      }
    }
    return loaded;
  }

  /** Forgets every folder read, so that each is read again on next use. */
  invalidate(): void {
    this.byDir.clear();
    this.reported.clear();
  }
}

/**
 * The templates of several folders in order, a later folder overriding an earlier one by id (the
 * CLI reads `./.agreement-lint/clauses` and then each `--templates` folder).
 */
export function loadTemplateFolders(dirs: readonly string[], shownAs: (file: string) => string = (f) => f): LoadedTemplates {
  const byId = new Map<string, ClauseTemplate>();
  const problems: TemplateProblem[] = [];
  for (const dir of dirs) {
    const loaded = loadTemplateFolder(dir, shownAs);
    problems.push(...loaded.problems);
    for (const t of loaded.templates) byId.set(t.id, t);
  }
  return { templates: [...byId.values()], problems };
}
