/**
 * Team clause templates from disk: `.agreement-lint/clauses/*.md` in each workspace folder (and,
 * for the CLI, any folder). Reading files is the adapters' job; validation is the core's. A
 * broken file is described (file, field, what is wrong) and skipped; it never stops a review.
 * This module knows no LSP connection, so the CLI uses it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatTemplateProblem, parseTemplates, rules, type ClauseTemplate, type TemplateProblem } from '../core/index.js';

/** Where a workspace folder keeps its team templates. */
export const TEAM_TEMPLATES_DIR = path.join('.agreement-lint', 'clauses');

/** The glob a client watches for changes to team templates. */
export const TEAM_TEMPLATES_GLOB = '**/.agreement-lint/clauses/*.md';

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
 * The team templates of each workspace folder, read on first use and kept until a template file
 * changes. Problems go to `report` as one line each, once per distinct problem.
 */
export class TeamTemplates {
  private readonly byFolder = new Map<string, LoadedTemplates>();
  /** For documents outside every workspace folder: the nearest ancestor with team templates. */
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly report: (problem: string) => void) {}

  /**
   * The templates that apply to a document: those of the innermost workspace folder holding it,
   * or, for a file opened outside every folder, of the nearest folder above it that has
   * `.agreement-lint/clauses`.
   */
  forDocument(filePath: string | undefined, folders: readonly string[]): ClauseTemplate[] {
    if (!filePath) return [];
    const folder = containingFolder(filePath, folders) ?? this.nearestWithTemplates(path.dirname(filePath));
    return folder ? this.forFolder(folder).templates : [];
  }

  private nearestWithTemplates(dir: string): string | undefined {
    const known = this.nearest.get(dir);
    if (known !== undefined) return known ?? undefined;
    let found: string | null = null;
    for (let d = dir; ; d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, TEAM_TEMPLATES_DIR))) {
        found = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    this.nearest.set(dir, found);
    return found ?? undefined;
  }

  /** The templates of one workspace folder. */
  forFolder(folder: string): LoadedTemplates {
    let loaded = this.byFolder.get(folder);
    if (!loaded) {
      loaded = loadTemplateFolder(path.join(folder, TEAM_TEMPLATES_DIR), (f) => path.relative(folder, f).split(path.sep).join('/') || f);
      this.byFolder.set(folder, loaded);
      for (const p of loaded.problems) this.report(`The clause template ${formatTemplateProblem(p)} The file was skipped.`);
    }
    return loaded;
  }

  /** True when `filePath` is a team template file (so a change to it matters). */
  static isTemplateFile(filePath: string): boolean {
    const parts = filePath.split(/[\\/]/);
    return parts.length >= 3 && parts[parts.length - 2] === 'clauses' && parts[parts.length - 3] === '.agreement-lint' && /\.md$/i.test(filePath);
  }

  /** Forgets the folder holding `filePath` (or every folder), so it is read again on next use. */
  invalidate(filePath?: string): void {
    if (!filePath) {
      this.byFolder.clear();
      this.nearest.clear();
      return;
    }
    for (const folder of this.byFolder.keys()) if (isInside(filePath, folder)) this.byFolder.delete(folder);
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function containingFolder(file: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
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
