/**
 * What an adapter applies on top of the configuration files (the CLI's `--rule` and `--templates`,
 * the editor's settings), and the resolved configuration as data: for `--print-config` and for the
 * server's `agreementLint/resolvedConfig` request, which print the same thing for the same draft.
 */
import path from 'node:path';
import { rules as registeredRules, type SeveritySetting } from '../core/index.js';
import { matchesGlobs, type ResolvedConfig, type Source } from './config.js';

/** Values an adapter sets on top of the files, with the name of where they came from. */
export interface Overrides {
  /** Severities by rule id; each replaces the files' severity for that rule. */
  rules?: { value: Record<string, SeveritySetting>; source: Source };
  /** Handling caveats added to those of the files. */
  handlingCaveats?: { value: readonly string[]; source: Source };
  /** Template folders after those of the files (so they override them by id). */
  templateDirs?: { value: readonly string[]; source: Source };
}

/** `config` with `overrides` applied on top (a new object; `config` is kept as it is). */
export function withOverrides(config: ResolvedConfig, overrides: Overrides): ResolvedConfig {
  const out: ResolvedConfig = { ...config, rules: { ...config.rules }, templateDirs: [...config.templateDirs] };
  for (const [id, value] of Object.entries(overrides.rules?.value ?? {})) out.rules[id] = { value, source: overrides.rules!.source };
  const extra = overrides.handlingCaveats?.value.map((c) => c.trim()).filter(Boolean) ?? [];
  if (extra.length > 0) {
    const before = config.handlingCaveats;
    const value = [...new Set([...(before?.value ?? []), ...extra])];
    out.handlingCaveats = { value, source: before && before.value.length > 0 ? `${before.source} + ${overrides.handlingCaveats!.source}` : overrides.handlingCaveats!.source };
  }
  for (const d of overrides.templateDirs?.value ?? []) out.templateDirs.push({ value: d, source: overrides.templateDirs!.source });
  return out;
}

/** The severity settings the core takes (`AnalyzeOptions.rules`). */
export function severities(config: ResolvedConfig): Record<string, SeveritySetting> {
  return Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, s.value]));
}

/**
 * Whether the configuration has the file reviewed: not when `exclude` matches it; yes when it is
 * named `*.agreement.md` or `include` matches it. (The editor also reviews documents in the
 * `agreement` language, and files matched by the `agreementLint.include` setting.)
 */
export function reviewedByConfig(file: string, config: ResolvedConfig): boolean {
  if (matchesGlobs(file, config.exclude)) return false;
  return /\.agreement\.md$/i.test(file) || matchesGlobs(file, config.include);
}

/** The resolved configuration of one draft as plain data (`--print-config --format json`). */
export interface ConfigDescription {
  version: 1;
  file: string;
  reviewed: boolean;
  configFiles: string[];
  rules: Record<string, { severity: SeveritySetting; source: string; options?: Record<string, unknown> }>;
  include: { patterns: string[]; base: string; source: string } | null;
  exclude: { patterns: string[]; base: string; source: string } | null;
  handlingCaveats: { value: string[]; source: string };
  templates: { folder: string; source: string }[];
  playbooks: { file: string; source: string }[];
}

/**
 * Describes `config` for `file`. `shownAs` names files and folders (relative to the current or
 * workspace folder); a source that is a path is shown the same way, a word (`default`, `--rule`,
 * `VS Code settings`) as it is.
 */
export function describeConfig(file: string, config: ResolvedConfig, shownAs: (p: string) => string, reviewed = reviewedByConfig(file, config)): ConfigDescription {
  const src = (s: string) => s.split(' + ').map((part) => (path.isAbsolute(part) ? shownAs(part) : part)).join(' + ');
  const rules: ConfigDescription['rules'] = {};
  for (const r of registeredRules) rules[r.meta.id] = { severity: r.meta.defaultSeverity, source: 'default' };
  for (const [id, s] of Object.entries(config.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    rules[id] = { severity: s.value, source: src(s.source) };
  }
  for (const [id, o] of Object.entries(config.ruleOptions)) if (rules[id]) rules[id]!.options = o.value;
  const globs = (g: ResolvedConfig['include']) => (g ? { patterns: [...g.patterns], base: shownAs(g.base) || '.', source: src(g.source) } : null);
  return {
    version: 1,
    file: shownAs(file),
    reviewed,
    configFiles: config.files.map(shownAs),
    rules,
    include: globs(config.include),
    exclude: globs(config.exclude),
    handlingCaveats: config.handlingCaveats ? { value: [...config.handlingCaveats.value], source: src(config.handlingCaveats.source) } : { value: [], source: 'default' },
    templates: config.templateDirs.map((t) => ({ folder: shownAs(t.value), source: src(t.source) })),
    playbooks: config.playbookFiles.map((p) => ({ file: shownAs(p.value), source: src(p.source) })),
  };
}

/** The description as text, for a person: one value a line, with where it came from. */
export function formatDescription(d: ConfigDescription): string {
  const lines: string[] = [];
  lines.push(`Configuration of ${d.file}${d.reviewed ? '' : ' (not reviewed: excluded, or not a draft by name or include)'}`);
  lines.push('');
  lines.push(d.configFiles.length ? 'Configuration files, in the order applied (the last wins):' : 'Configuration files: none (built-in defaults)');
  for (const f of d.configFiles) lines.push(`  ${f}`);
  lines.push('');
  lines.push('rules:');
  const width = Math.max(...Object.keys(d.rules).map((k) => k.length));
  for (const [id, r] of Object.entries(d.rules)) {
    lines.push(`  ${id.padEnd(width)}  ${r.severity.padEnd(11)}  from ${r.source}${r.options ? `  options ${JSON.stringify(r.options)}` : ''}`);
  }
  const globs = (name: string, g: ConfigDescription['include']) =>
    lines.push(g ? `${name}: ${g.patterns.join(', ')}  (relative to ${g.base}; from ${g.source})` : `${name}: none  (default)`);
  globs('include', d.include);
  globs('exclude', d.exclude);
  lines.push(`handlingCaveats: ${d.handlingCaveats.value.length ? d.handlingCaveats.value.join(', ') : 'none'}  (from ${d.handlingCaveats.source})`);
  lines.push(d.templates.length ? 'templates (a later folder overrides an earlier one by id; built-in templates come first):' : 'templates: built-in only');
  for (const t of d.templates) lines.push(`  ${t.folder}  (from ${t.source})`);
  lines.push(d.playbooks.length ? 'playbooks:' : 'playbooks: none');
  for (const p of d.playbooks) lines.push(`  ${p.file}  (from ${p.source})`);
  return `${lines.join('\n')}\n`;
}
