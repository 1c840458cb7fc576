/**
 * Team configuration from disk: `.agreement-lint.yaml` (or `.yml`, `.json`) files found from a
 * draft's folder upward, each possibly extending others, validated against the shipped JSON Schema
 * and merged into one resolved configuration per draft. The CLI and the server both resolve through
 * this module, so a draft gets the same configuration in CI and in the editor.
 *
 * The search goes from the draft's folder up to a stop: the workspace folder holding the draft (the
 * server), else the first folder holding `.git`, else the file system's root; a file with
 * `root: true` ends it early. Every configuration file met is applied, the farthest first and the
 * nearest last, so the nearest wins key by key; a file's `extends` are applied just before it.
 *
 * A broken file never stops a review: its problems are returned (file, line, column, what is
 * wrong, what is allowed), and the loader keeps the last content of that file that was valid, which
 * the resolution uses instead (a file that was never valid counts as absent).
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { ErrorObject } from 'ajv';
import { rules as registeredRules, type SeveritySetting } from '../core/index.js';
import type { ConfigProblem } from '../core/problems.js';
import { validateConfig } from './schema.js';

/** The names of a configuration file, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.agreement-lint.yaml', '.agreement-lint.yml', '.agreement-lint.json'] as const;

/** The folder beside a configuration that holds team clauses and playbooks by convention. */
export const AGREEMENT_LINT_DIR = '.agreement-lint';
export const CLAUSES_DIR = path.join(AGREEMENT_LINT_DIR, 'clauses');
export const PLAYBOOKS_DIR = path.join(AGREEMENT_LINT_DIR, 'playbooks');

/** The globs a client watches so that the server reads configuration again when it changes. */
export const CONFIG_WATCH_GLOBS = ['**/.agreement-lint.{yaml,yml,json}', '**/.agreement-lint/**'];

/** Where a value came from: the absolute path of a configuration file, or a word such as `default`. */
export type Source = string;

/** A value and where it came from. */
export interface Sourced<T> {
  value: T;
  source: Source;
}

/** Glob patterns and the folder they are relative to. */
export interface Globs {
  patterns: string[];
  /** The folder of the file that set them; relative patterns are matched against paths relative to it. */
  base: string;
  source: Source;
}

/** A rule's setting as written in a file: a severity, or a severity with options. */
export type RuleSettingValue = SeveritySetting | { severity: SeveritySetting; options?: Record<string, unknown> };

/** A configuration file's content once valid. */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSettingValue>;
  include?: string[];
  exclude?: string[];
  handlingCaveats?: string[];
  templates?: string[];
  playbooks?: string[];
}

/** The configuration of one draft, each value with its source. Rules not listed keep their default. */
export interface ResolvedConfig {
  /** Configuration files applied, in the order applied (farthest and extended files first). */
  files: string[];
  rules: Record<string, Sourced<SeveritySetting>>;
  ruleOptions: Record<string, Sourced<Record<string, unknown>>>;
  include?: Globs;
  exclude?: Globs;
  handlingCaveats?: Sourced<string[]>;
  /** Folders of clause templates, absolute, farthest first (a later folder overrides by id). */
  templateDirs: Sourced<string>[];
  /** Playbook files, absolute, in the order found. */
  playbookFiles: Sourced<string>[];
}

/** A configuration and the problems met resolving it. */
export interface Resolution {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/** Where the upward search stops. */
export interface SearchOptions {
  /** A folder the search never goes above (the workspace folder holding the draft). */
  stopAt?: string;
}

/** One configuration file as read. */
interface LoadedFile {
  path: string;
  /** The valid content in force: the current content, or the last valid one when the file is broken. */
  data?: ConfigData;
  /** Problems of the file's own content or of what it names (extends, folders). */
  problems: ConfigProblem[];
  /** `extends` entries resolved to files, with where each is written (missing ones are problems). */
  extends: { file: string; at: (string | number)[] }[];
  templateDirs: string[];
  playbookFiles: string[];
  /** Places in the current text, for problems found while expanding `extends` (cycles). */
  placeOf(segments: (string | number)[]): Pick<ConfigProblem, 'start' | 'end' | 'line' | 'column'>;
}

const SEVERITIES = 'error, warning, information, hint or off';
const KEYS = ['root', 'extends', 'rules', 'include', 'exclude', 'handlingCaveats', 'templates', 'playbooks'];
/** What each key takes, in words, for messages. */
const ALLOWED: Record<string, string> = {
  root: 'true or false',
  extends: 'a path or a list of paths (./base.yaml, or some-package/agreement-lint.yaml)',
  rules: `a mapping of rule ids to severities (${SEVERITIES})`,
  include: 'a list of glob patterns',
  exclude: 'a list of glob patterns',
  handlingCaveats: 'a list of handling caveats (for example "LES")',
  templates: 'a list of folders of clause templates',
  playbooks: 'a list of playbook files or folders',
};
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads and resolves configuration files, keeping what it read until `invalidate`. One loader per
 * CLI run, or per server (invalidated when a watched file changes); the last valid content of each
 * file outlives `invalidate`.
 */
export class ConfigLoader {
  private readonly files = new Map<string, LoadedFile>();
  private readonly lastGood = new Map<string, ConfigData>();
  private readonly configInDir = new Map<string, string | null>();
  private readonly isDir = new Map<string, boolean>();
  private readonly resolutions = new Map<string, Resolution>();

  /** `shownAs` names a file in problems (relative to the workspace folder or the current folder). */
  constructor(private readonly shownAs: (file: string) => string = (f) => f) {}

  /** Forgets every file and folder read, so that the next resolution reads the disk again. */
  invalidate(): void {
    this.files.clear();
    this.configInDir.clear();
    this.isDir.clear();
    this.resolutions.clear();
  }

  /** Every configuration file read since the last `invalidate`, with its problems (none when sound). */
  filesRead(): Map<string, ConfigProblem[]> {
    return new Map([...this.files.values()].map((f) => [f.path, f.problems]));
  }

  /** The configuration of the draft at `draftPath` (which need not exist). */
  resolve(draftPath: string, options: SearchOptions = {}): Resolution {
    const dir = path.dirname(path.resolve(draftPath));
    const key = `${dir}\0${options.stopAt ?? ''}`;
    let r = this.resolutions.get(key);
    if (!r) {
      r = this.resolveDir(dir, options.stopAt === undefined ? undefined : path.resolve(options.stopAt));
      this.resolutions.set(key, r);
    }
    return r;
  }

  private resolveDir(dir: string, stopAt: string | undefined): Resolution {
    // The folders searched, nearest first.
    const levels: { dir: string; config?: string }[] = [];
    for (let d = dir; ; ) {
      const config = this.configIn(d);
      levels.push({ dir: d, config });
      if (config && this.load(config).data?.root === true) break;
      if (stopAt !== undefined ? d === stopAt : this.exists(path.join(d, '.git'))) break;
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    const config: ResolvedConfig = { files: [], rules: {}, ruleOptions: {}, templateDirs: [], playbookFiles: [] };
    const involved = new Set<LoadedFile>();
    for (const level of levels.reverse()) {
      const clauses = path.join(level.dir, CLAUSES_DIR);
      if (this.directory(clauses)) config.templateDirs.push({ value: clauses, source: 'default' });
      const playbooks = path.join(level.dir, PLAYBOOKS_DIR);
      if (this.directory(playbooks)) for (const f of playbookFilesIn(playbooks)) config.playbookFiles.push({ value: f, source: 'default' });
      if (!level.config) continue;
      const chain: LoadedFile[] = [];
      this.expand(level.config, [], chain);
      for (const f of chain) {
        involved.add(f);
        apply(config, f);
      }
    }
    const problems = [...involved].flatMap((f) => f.problems);
    return { config, problems };
  }

  /** The files `file` extends (depth first, in list order), then `file` itself, into `out`. */
  private expand(file: string, stack: string[], out: LoadedFile[]): void {
    const loaded = this.load(file);
    for (const ext of loaded.extends) {
      if (ext.file === file || stack.includes(ext.file)) {
        const cycle = [...stack.slice(stack.indexOf(ext.file) < 0 ? stack.length : stack.indexOf(ext.file)), file, ext.file].map((f) => this.shownAs(f));
        addOnce(loaded, { file: this.shownAs(file), ...loaded.placeOf(ext.at), message: `"extends" makes a cycle (${cycle.join(' → ')}); a configuration cannot extend itself, directly or through others. This entry was ignored.` });
        continue;
      }
      this.expand(ext.file, [...stack, file], out);
    }
    out.push(loaded);
  }

  private configIn(dir: string): string | undefined {
    let found = this.configInDir.get(dir);
    if (found === undefined) {
      found = null;
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(dir, name);
        if (this.exists(candidate)) {
          found = candidate;
          break;
        }
      }
      this.configInDir.set(dir, found);
    }
    return found ?? undefined;
  }

  private exists(p: string): boolean {
    return this.stat(p) !== undefined;
  }

  private directory(p: string): boolean {
    return this.stat(p) === true;
  }

  /** true for a folder, false for anything else that exists, undefined when nothing is there. */
  private stat(p: string): boolean | undefined {
    if (this.isDir.has(p)) return this.isDir.get(p);
    let v: boolean | undefined;
    try {
      v = fs.statSync(p).isDirectory();
    } catch {
      v = undefined;
    }
    this.isDir.set(p, v as boolean);
    return v;
  }

  /** Reads, parses and validates one file (once until `invalidate`). */
  private load(file: string): LoadedFile {
    let loaded = this.files.get(file);
    if (loaded) return loaded;
    const shown = this.shownAs(file);
    loaded = { path: file, problems: [], extends: [], templateDirs: [], playbookFiles: [], placeOf: () => ({}) };
    this.files.set(file, loaded);
    let text: string;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_CONFIG_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      const why = code === 'EISDIR' ? 'it is a folder' : code === 'EFBIG' ? 'it is larger than 1 MB' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it does not exist' : code;
      loaded.problems.push({ file: shown, message: `The configuration file cannot be read (${why}); a configuration is a readable YAML or JSON file of at most 1 MB.${this.staleNote(file)}` });
      loaded.data = this.lastGood.get(file);
      return loaded;
    }
    let parsed: ReturnType<typeof parseConfig>;
    try {
      parsed = parseConfig(text, file, shown);
    } catch (e) {
      // Nothing in a user's file may stop a review: an unexpected failure is one more problem.
      parsed = { problems: [{ file: shown, message: `The configuration file could not be read (${e instanceof Error ? e.name : 'error'}); check that it is valid YAML or JSON.` }], placeOf: () => ({}) };
    }
    loaded.placeOf = parsed.placeOf;
    if (parsed.problems.length > 0 || !parsed.data) {
      const note = this.staleNote(file);
      loaded.problems.push(...parsed.problems.map((p) => ({ ...p, message: p.message + note })));
      loaded.data = this.lastGood.get(file);
      // Paths in the last valid content are resolved again, but problems with them are not reported
      // against a text they no longer match.
      if (loaded.data) this.resolvePaths(loaded, () => undefined);
      return loaded;
    }
    loaded.data = parsed.data;
    this.lastGood.set(file, parsed.data);
    this.resolvePaths(loaded, (p) => loaded!.problems.push({ file: shown, ...p }));
    return loaded;
  }

  private staleNote(file: string): string {
    return this.lastGood.has(file) ? ' The last valid content of this file stays in force until it is corrected.' : ' The file is ignored until it is corrected.';
  }

  /** Resolves `extends`, `templates` and `playbooks` against the file's folder. */
  private resolvePaths(loaded: LoadedFile, report: (p: Omit<ConfigProblem, 'file'>) => void): void {
    const data = loaded.data!;
    const base = path.dirname(loaded.path);
    const exts = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    const single = !Array.isArray(data.extends);
    exts.forEach((spec, index) => {
      const place = loaded.placeOf(single ? ['extends'] : ['extends', index]);
      const found = resolveExtends(spec, base);
      if (typeof found === 'string') {
        if (this.directory(found)) report({ ...place, message: `"extends" names "${spec}", which is a folder; name a configuration file (.yaml, .yml or .json). This entry was ignored.` });
        else loaded.extends.push({ file: found, at: single ? ['extends'] : ['extends', index] });
      } else report({ ...place, message: `${found.why} This entry was ignored.` });
    });
    (data.templates ?? []).forEach((t, index) => {
      const dir = path.resolve(base, t);
      if (this.directory(dir)) loaded.templateDirs.push(dir);
      else report({ ...loaded.placeOf(['templates', index]), message: `"templates" names "${t}", which is not a folder (looked for ${dir}); list folders of clause templates (*.md), relative to this file. This entry was ignored.` });
    });
    (data.playbooks ?? []).forEach((p, index) => {
      const target = path.resolve(base, p);
      const kind = this.stat(target);
      if (kind === true) loaded.playbookFiles.push(...playbookFilesIn(target));
      else if (kind === false) loaded.playbookFiles.push(target);
      else report({ ...loaded.placeOf(['playbooks', index]), message: `"playbooks" names "${p}", which does not exist (looked for ${target}); list playbook files (*.yaml, *.yml) or folders of them, relative to this file. This entry was ignored.` });
    });
  }
}

function addOnce(file: LoadedFile, p: ConfigProblem): void {
  if (!file.problems.some((q) => q.message === p.message && q.start === p.start)) file.problems.push(p);
}

/** Applies one file's valid content on top of `config`. */
function apply(config: ResolvedConfig, f: LoadedFile): void {
  const d = f.data;
  if (!d) return;
  const source = f.path;
  const base = path.dirname(f.path);
  config.files.push(f.path);
  for (const [id, v] of Object.entries(d.rules ?? {})) {
    config.rules[id] = { value: typeof v === 'string' ? v : v.severity, source };
    if (typeof v === 'object' && v.options) config.ruleOptions[id] = { value: v.options, source };
  }
  if (d.include) config.include = { patterns: d.include, base, source };
  if (d.exclude) config.exclude = { patterns: d.exclude, base, source };
  if (d.handlingCaveats) config.handlingCaveats = { value: d.handlingCaveats.map((c) => c.trim()).filter(Boolean), source };
  for (const t of f.templateDirs) config.templateDirs.push({ value: t, source });
  for (const p of f.playbookFiles) config.playbookFiles.push({ value: p, source });
}

/** The playbook files of a folder: `*.yaml` and `*.yml`, sorted by name. */
export function playbookFilesIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The file an `extends` entry names: relative (`./`, `../`) or absolute paths from the file's folder;
 * anything else is a file of an installed package, looked for in `node_modules` from the file's
 * folder upward, as Node's `require.resolve` would (a package folder alone means its
 * `.agreement-lint.yaml`). Nothing is fetched.
 */
export function resolveExtends(spec: string, base: string): string | { why: string } {
  if (spec.startsWith('./') || spec.startsWith('../') || path.isAbsolute(spec) || spec === '.' || spec === '..') {
    const file = path.resolve(base, spec);
    return fs.existsSync(file) ? file : { why: `"extends" names "${spec}", which does not exist (looked for ${file}).` };
  }
  for (let d = base; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', spec);
    try {
      if (fs.statSync(candidate).isDirectory()) {
        for (const name of CONFIG_FILE_NAMES) if (fs.existsSync(path.join(candidate, name))) return path.join(candidate, name);
      } else return candidate;
    } catch {
      // Not in this node_modules; look in the folder above.
    }
    if (path.dirname(d) === d) break;
  }
  const local = fs.existsSync(path.resolve(base, spec));
  return {
    why:
      `"extends" names "${spec}", which was not found in node_modules of this folder or any folder above it; ` +
      (local ? `for the file next to this configuration, write "./${spec}".` : 'install the package that holds it, or write a path starting with ./ or ../ for a file.'),
  };
}

/** True when `file` (absolute) matches the globs. */
export function matchesGlobs(file: string, globs: Globs | undefined): boolean {
  if (!globs || globs.patterns.length === 0) return false;
  const rel = path.relative(globs.base, file);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  const relPosix = rel.split(path.sep).join('/');
  const absPosix = file.split(path.sep).join('/');
  for (const glob of globs.patterns) {
    let isMatch: (s: string) => boolean;
    try {
      isMatch = picomatch(glob, { dot: true, windows: false });
    } catch {
      continue;
    }
    if (path.isAbsolute(glob) ? isMatch(absPosix) : inside && isMatch(relPosix)) return true;
  }
  return false;
}

/** Parses and validates the text of a configuration file. */
export function parseConfig(
  text: string,
  file: string,
  shown: string,
): { data?: ConfigData; problems: ConfigProblem[]; placeOf: LoadedFile['placeOf'] } {
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (start: number, end: number) => {
    const pos = lc.linePos(start);
    return { start, end, line: pos.line, column: pos.col };
  };
  const placeOf = (segments: (string | number)[]) => {
    const n = nodeAt(doc, segments.map(String));
    return n?.range ? at(n.range[0], n.range[1]) : {};
  };
  const json = /\.json$/i.test(file);
  const problems: ConfigProblem[] = [];
  for (const e of doc.errors) {
    problems.push({ file: shown, ...at(e.pos[0], e.pos[1]), message: `This is not valid ${json ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.` });
  }
  if (problems.length === 0 && json) {
    // YAML reads more than JSON allows (comments, single quotes): the file must be JSON itself.
    try {
      JSON.parse(text.replace(/^\uFEFF/, '') || '{}');
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      const offset = m ? Number(m[1]) : 0;
      problems.push({ file: shown, ...at(offset, offset), message: `This is not valid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}.` });
    }
  }
  if (problems.length > 0) return { problems, placeOf };
  let value: unknown;
  try {
    value = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias that expands without bound ("billion laughs") is refused by yaml.
    return { problems: [{ file: shown, ...placeOf([]), message: `The file cannot be read as a configuration: ${(e as Error).message.split('\n')[0]}. Write the values out instead of repeating aliases.` }], placeOf };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ file: shown, ...placeOf([]), message: `A configuration is a mapping of keys (${KEYS.join(', ')}) to values; this file holds ${describe(value)}.` }], placeOf };
  }
  const errors = validateConfig(value);
  if (errors.length === 0) return { data: value as ConfigData, problems, placeOf };
  for (const e of relevantErrors(errors, value)) {
    const segments = pointer(e.instancePath);
    const where = e.keyword === 'additionalProperties' ? keyPlace(doc, segments, String((e.params as { additionalProperty: string }).additionalProperty)) : undefined;
    const node = where ?? nearestNode(doc, segments);
    problems.push({ file: shown, ...(node?.range ? at(node.range[0], node.range[1]) : {}), message: schemaMessage(e, segments, value) });
  }
  // In the order of the file, as a reader goes through it.
  problems.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { problems, placeOf };
}

/** ajv's errors without the noise of `anyOf`: one error per mistake. */
function relevantErrors(errors: ErrorObject[], value: unknown): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const deeper = (e: ErrorObject, a: ErrorObject) => e.instancePath.startsWith(`${a.instancePath}/`);
  const keep = new Set(errors.filter((e) => e.keyword !== 'anyOf'));
  for (const a of anyOfs) {
    const v = valueAt(value, pointer(a.instancePath));
    const under = errors.filter((e) => e !== a && (deeper(e, a) || (e.instancePath === a.instancePath && (e.keyword === 'required' || e.keyword === 'additionalProperties') && isObject(v))));
    const atA = errors.filter((e) => e !== a && e.instancePath === a.instancePath && !under.includes(e));
    if (under.length > 0 && (isObject(v) || Array.isArray(v))) {
      for (const e of atA) keep.delete(e);
    } else {
      for (const e of [...under, ...atA]) keep.delete(e);
      keep.add(a);
    }
  }
  const out = errors.filter((e) => keep.has(e));
  // The same mistake may be reported once per branch; say it once.
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function schemaMessage(e: ErrorObject, segments: string[], value: unknown): string {
  const v = valueAt(value, segments);
  const top = segments[0];
  const ruleIds = registeredRules.map((r) => r.meta.id);
  const label = segments.length === 0 ? 'The configuration' : segments.length === 1 ? `"${top}"` : top === 'rules' ? `The setting of rule "${segments[1]}"` : `Entry ${Number(segments[1]) + 1} of "${top}"`;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String((e.params as { additionalProperty: string }).additionalProperty);
      if (segments.length === 0) return `"${prop}" is not a configuration key; the keys are ${KEYS.join(', ')}.`;
      if (segments.length === 1 && top === 'rules') {
        return prop.startsWith('playbook/')
          ? `"${prop}" is not a valid playbook rule id; write playbook/<name>, the name made of letters, digits, ".", "_" and "-".`
          : `"${prop}" is not a rule. The rules are ${ruleIds.join(', ')}; a playbook's checks are playbook/<name>.`;
      }
      return `"${prop}" is not part of a rule's setting; write a severity (${SEVERITIES}), or an object with "severity" and, optionally, "options".`;
    }
    case 'required':
      return `${label} is written as an object, so it needs "severity" (${SEVERITIES}).`;
    case 'anyOf':
      if (top === 'rules') {
        return typeof v === 'string'
          ? `"${v}" is not a severity for rule "${segments[1]}"; use ${SEVERITIES}.`
          : `${label} must be a severity (${SEVERITIES}) or an object with "severity" and "options"; it is ${describe(v)}.`;
      }
      return `${label} must be ${ALLOWED[top ?? ''] ?? 'something else'}; it is ${describe(v)}.`;
    case 'enum':
      return `"${String(v)}" is not a severity; use ${SEVERITIES}.`;
    case 'type': {
      if (segments.length === 1 && top) return `${label} must be ${ALLOWED[top] ?? String((e.params as { type: string }).type)}; it is ${describe(v)}.`;
      if (top === 'rules' && segments[2] === 'options') return `The options of rule "${segments[1]}" must be a mapping of option names to values; they are ${describe(v)}.`;
      return `${label} must be ${e.params && (e.params as { type: string }).type === 'string' ? 'a text' : String((e.params as { type: string }).type)}; it is ${describe(v)}.`;
    }
    case 'maxProperties':
      return `Rule "${segments[1]}" takes no options (no rule does yet); remove "options" or leave it empty.`;
    case 'minLength':
      return `${label} is empty; write ${top ? (ALLOWED[top] ?? 'a value').replace(/^a list of /, 'one of ').replace(/^a path or a list of paths/, 'a path') : 'a value'}.`;
    default:
      return `${label}: ${e.message ?? 'not allowed'}.`;
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the value' : typeof v} ${String(v)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The segments of a JSON pointer ("/rules/playbook~1x" → ["rules", "playbook/x"]). */
function pointer(p: string): string[] {
  return p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(value: unknown, segments: string[]): unknown {
  let v = value;
  for (const s of segments) {
    if (Array.isArray(v)) v = v[Number(s)];
    else if (isObject(v)) v = v[s];
    else return undefined;
  }
  return v;
}

function keyString(k: unknown): string | undefined {
  return isScalar(k) ? String(k.value) : undefined;
}

function nodeAt(doc: Document, segments: string[]): YamlNode | undefined {
  let n: unknown = doc.contents;
  for (const s of segments) {
    if (isMap(n)) n = n.items.find((p) => keyString(p.key) === s)?.value;
    else if (isSeq(n)) n = n.items[Number(s)];
    else return undefined;
  }
  return (n ?? undefined) as YamlNode | undefined;
}

function nearestNode(doc: Document, segments: string[]): YamlNode | undefined {
  for (let i = segments.length; i >= 0; i--) {
    const n = nodeAt(doc, segments.slice(0, i));
    if (n?.range) return n;
  }
  return undefined;
}

function keyPlace(doc: Document, segments: string[], key: string): YamlNode | undefined {
  const map = nodeAt(doc, segments);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => keyString(p.key) === key);
  return (pair?.key ?? undefined) as YamlNode | undefined;
}
