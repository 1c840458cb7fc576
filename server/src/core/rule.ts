/**
 * What a rule is. A rule's `meta` is the single source of truth for its id, severity, title and
 * documentation; docs, settings and diagnostics links are checked against it by the tests.
 */
import type { AgreementModel, Section } from './model.js';
import type { FixKit } from './templates/fixkit.js';
import type { TemplateLibrary } from './templates/types.js';
import type { Severity, Span, SpanFix } from './types.js';

/** Facts about a rule that do not depend on a draft. */
export interface RuleMeta {
  /** Stable id, kebab-case; also the name of its code file, test table and doc. */
  id: string;
  /** One line, for settings and SARIF. */
  title: string;
  defaultSeverity: Severity;
  /** Whether findings of this rule may carry safe, mechanical fixes (kind `fix`: applied by `--fix` and "Fix all"). */
  fixable: boolean;
  /** Whether findings of this rule may carry suggestions (kind `suggestion`: offered, applied only on request). */
  hasSuggestions: boolean;
  /**
   * Where the rule is documented when it is not a built-in rule with a page in docs/rules: a
   * playbook's own file, as a URI. Findings carry it as `Finding.docsUri`.
   */
  docsUri?: string;
}

/**
 * What a rule reports: the place, the message, and fixes in offsets. A rule may give its fixes as
 * a function when building them is costly (a fix that fills a template and parses its own result):
 * a one-shot `analyze` then builds them only when the finding's `fixes` are read, and an analyzer
 * that keeps its results builds them during the analysis, while the model they read is current.
 */
export interface Report {
  span: Span;
  message: string;
  fixes?: SpanFix[] | (() => SpanFix[]);
  related?: { span: Span; message: string }[];
}

/**
 * Fixes built when read (see `Report.fixes`): each candidate is built then, and those that could be
 * written are kept, in order (a fix builder gives undefined when its fix cannot be written cleanly).
 */
export function lazyFixes(...candidates: (() => SpanFix | undefined)[]): () => SpanFix[] {
  return () => candidates.map((build) => build()).filter((f): f is SpanFix => f !== undefined);
}

/** What a rule sees while it checks one draft. */
export interface RuleContext {
  model: AgreementModel;
  report(report: Report): void;
  /** Fix builders from standard clause templates. */
  fixes: FixKit;
  templates: TemplateLibrary;
  config: RuleConfig;
  /**
   * The rule's own state, kept by the analyzer from one analysis to the next (an editor's document
   * is analysed again on each change); `init` makes it on first use. A one-shot `analyze` starts
   * with none, and two documents never share it.
   */
  state<T>(init: () => T): T;
}

/** Configuration the rules read (from settings or the CLI). */
export interface RuleConfig {
  /** National handling caveats accepted as standard besides the TLP 2.0 labels. */
  handlingCaveats: readonly string[];
}

/**
 * A rule: its facts and its checks. `checkSection` looks at one section (and the front matter)
 * only, so its findings can be cached per section and re-used while another section is edited;
 * `check` looks at the whole draft and must stay cheap. A rule may have either or both.
 */
export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
  checkSection?(context: RuleContext, section: Section): void;
}
