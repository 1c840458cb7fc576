/**
 * The CLI's side of team configuration: each draft's configuration resolved through the node layer
 * (server/src/node/), with `--rule` and `--templates` on top, and `--print-config FILE`.
 */
import path from 'node:path';
import type { ClauseTemplate, SeveritySetting } from '../core/index.js';
import { formatConfigProblem, type ConfigProblem } from '../core/problems.js';
import { ConfigLoader, matchesGlobs, type ResolvedConfig } from '../node/config.js';
import { describeConfig, formatDescription, reviewedByConfig, severities, withOverrides } from '../node/effective.js';
import { PlaybookFiles, type LoadedPlaybook } from '../node/playbooks.js';
import { TemplateFolders } from '../node/templates.js';

/** What one draft is reviewed with. */
export interface DraftConfig {
  config: ResolvedConfig;
  rules: Record<string, SeveritySetting>;
  templates: ClauseTemplate[];
  handlingCaveats: string[];
  playbooks: LoadedPlaybook[];
}

/** Configuration for the drafts of one run, each file read once. */
export class CliConfigs {
  readonly loader: ConfigLoader;
  private readonly templateFolders: TemplateFolders;
  private readonly playbookFiles: PlaybookFiles;
  private readonly playbookProblems: ConfigProblem[] = [];

  constructor(
    private readonly cwd: string,
    private readonly flags: { rules: Record<string, SeveritySetting>; templateDirs: string[] },
    reportTemplateProblem: (line: string) => void,
  ) {
    const shown = (f: string) => displayPath(f, cwd);
    this.loader = new ConfigLoader(shown);
    this.templateFolders = new TemplateFolders(reportTemplateProblem, shown);
    this.playbookFiles = new PlaybookFiles(shown);
  }

  /** The resolved configuration of `file`, flags applied. */
  resolved(file: string): ResolvedConfig {
    const { config } = this.loader.resolve(file);
    return withOverrides(config, {
      rules: { value: this.flags.rules, source: '--rule' },
      templateDirs: { value: this.flags.templateDirs, source: '--templates' },
    });
  }

  /** What `file` is reviewed with. */
  forFile(file: string): DraftConfig {
    const config = this.resolved(file);
    const playbooks = this.playbookFiles.load(config.playbookFiles.map((p) => p.value));
    for (const p of playbooks.problems) if (!this.playbookProblems.some((q) => q.file === p.file && q.message === p.message)) this.playbookProblems.push(p);
    return {
      config,
      rules: severities(config),
      templates: this.templateFolders.templates(config.templateDirs.map((t) => t.value)),
      handlingCaveats: config.handlingCaveats?.value ?? [],
      playbooks: playbooks.playbooks,
    };
  }

  /**
   * Whether a file found in a folder (`named` false) or named on the command line (`named` true) is
   * reviewed: a named file unless `exclude` matches it, a found one as `reviewedByConfig` says.
   */
  readonly accept = (file: string, named: boolean): boolean => {
    const config = this.loader.resolve(file).config;
    return named ? !matchesGlobs(file, config.exclude) : reviewedByConfig(file, config);
  };

  /** Every playbook read for the drafts so far (for the rule descriptors of SARIF). */
  playbooksRead(): LoadedPlaybook[] {
    return this.playbookFiles.all();
  }

  /** Reads the playbooks of every file's configuration, so that `problems` includes theirs before any review. */
  loadPlaybooks(files: readonly string[]): void {
    for (const file of files) {
      const loaded = this.playbookFiles.load(this.loader.resolve(file).config.playbookFiles.map((p) => p.value));
      for (const p of loaded.problems) if (!this.playbookProblems.some((q) => q.file === p.file && q.message === p.message)) this.playbookProblems.push(p);
    }
  }

  /** Every problem in the configuration files read so far, and in playbooks, one line each. */
  problems(): string[] {
    const all = [...[...this.loader.filesRead().values()].flat(), ...this.playbookProblems];
    return [...new Set(all.map(formatConfigProblem))];
  }
}

/** `--print-config FILE`: the resolved configuration, with where each value came from. */
export function printConfig(configs: CliConfigs, file: string, cwd: string, format: string): { output: string; problems: string[] } {
  const abs = path.resolve(cwd, file);
  const config = configs.resolved(abs);
  configs.forFile(abs);
  const d = describeConfig(abs, config, (p) => displayPath(p, cwd));
  return { output: format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : formatDescription(d), problems: configs.problems() };
}

/** A path relative to `cwd` when it is inside it, else absolute; always with forward slashes inside. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
