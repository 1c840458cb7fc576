/**
 * Standard clause templates: data, never code. Built-in templates live in `templates/*.md` at the
 * repository root (compiled into `builtin.generated.ts`); teams add or override them in
 * `.agreement-lint/clauses/*.md` of a workspace folder. Each file is Markdown with front matter.
 */

/** One standard clause template, validated. */
export interface ClauseTemplate {
  /** Stable id, kebab-case, e.g. `balanced-dissemination`. */
  id: string;
  title: string;
  version: string;
  /** Rule ids whose findings this template fixes. */
  fixes: string[];
  /** Placeholder names used in the body, e.g. `RECEIVING PARTY`, `HANDLING`. */
  placeholders: string[];
  /**
   * What the body is: a whole `article` (its body has an `## Article {{NUMBER}} — Title` heading
   * or is inserted under one), a `clause` replacing a paragraph, or an `element` of a larger
   * article (e.g. one privacy safeguard) inserted into an existing article.
   */
  kind: 'article' | 'clause' | 'element';
  /** For elements: which element of a rule they supply (e.g. `retention`). */
  element?: string;
  /** Wording for placeholders the draft gives no value for (overrides the built-in defaults). */
  defaults?: Record<string, string>;
  /** One sentence on when to use it, shown in completion and the quick pick. */
  description?: string;
  /** Who approved this version, and on which day (YYYY-MM-DD); absent for a template not (yet) approved. */
  approved?: { by: string; date: string };
  /** The Markdown body with `{{PLACEHOLDER}}` markers; line ends are `\n`. */
  body: string;
  /** Where it came from: `built-in` or the file path of a team template. */
  origin: string;
}

/** A problem with a template file, naming the file and the field. */
export interface TemplateProblem {
  origin: string;
  field?: string;
  /** 1-based line in the file, when the problem sits on one. */
  line?: number;
  message: string;
}

/** The templates in force for one draft: built-ins overridden by the team's. */
export interface TemplateLibrary {
  get(id: string): ClauseTemplate | undefined;
  all(): readonly ClauseTemplate[];
  /** Templates that fix `ruleId`, optionally only those supplying `element`. */
  forRule(ruleId: string, element?: string): ClauseTemplate[];
}
