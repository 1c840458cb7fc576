/**
 * Playbooks: a team's own checks, written as YAML data (never code) and validated against
 * `schemas/agreement-lint-playbook.schema.json`. One playbook is one check with one rule id,
 * `playbook/<name>`; see docs/playbooks.md.
 */
import type { Severity } from '../types.js';

/** The classification levels a `when.classification` condition can name, lowest first. */
export const CLASSIFICATION_LEVELS = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;

/** One of `CLASSIFICATION_LEVELS`. */
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/** A pattern in RE2 syntax and its case flag (compiled by patterns.ts). */
export interface PlaybookPattern {
  /** The RE2 source as written. */
  source: string;
  ignoreCase: boolean;
}

/**
 * When a playbook applies, read from the draft's front matter. Every condition given must hold;
 * within one condition, any listed value is enough. No condition: the playbook always applies.
 */
export interface PlaybookWhen {
  /** The front matter's `partner` is one of these (case and spacing aside). */
  partner?: string[];
  /** A party's `name` or `short` is one of these (case and spacing aside). */
  party?: string[];
  /** The front matter's `data` lists one of these categories (case aside). */
  data?: string[];
  /** The front matter's `classification` is at or above this level. */
  classification?: ClassificationLevel;
}

/** The draft must hold a provision: a clause holding a template's text, or text matching a pattern. */
export interface RequiredProvisionCheck {
  kind: 'required-provision';
  /** A template id (built-in or team): a clause (or, for an article template, an article) must hold its text. The fix inserts it. */
  template?: string;
  /** Text any paragraph may match instead. */
  pattern?: PlaybookPattern;
}

/** One wording to report, with an optional replacement. */
export interface WordingEntry {
  pattern: PlaybookPattern;
  /** The finding's message for this wording; the playbook's `message` otherwise. */
  message?: string;
  /** Text to put in place of the match; `$1`..`$9` insert groups, `$$` a dollar sign. */
  replacement?: string;
  /** `suggestion` (the default: a person chooses it) or `fix` (safe and mechanical, applied by `--fix`). */
  replacementKind: 'fix' | 'suggestion';
}

/** Wording the draft should not use. */
export interface WordingCheck {
  kind: 'wording';
  entries: WordingEntry[];
}

/** A front-matter field the draft must give, optionally with allowed values or a pattern. */
export interface RequiredFieldCheck {
  kind: 'required-field';
  /** A dotted path into the front matter ("handling", "review.owner"). */
  field: string;
  /** Values allowed (compared as text, case aside). */
  values?: string[];
  /** A pattern the value must match somewhere (anchor it with ^ and $ to mean the whole value). */
  pattern?: PlaybookPattern;
  /** Text written after `field:` by the fix when the field is missing (a placeholder to fill in). */
  placeholder?: string;
}

/** One check a playbook runs. */
export type PlaybookCheck = RequiredProvisionCheck | WordingCheck | RequiredFieldCheck;

/** A validated playbook. */
export interface Playbook {
  /** Kebab-case name; the findings' rule id is `playbook/<name>`. */
  name: string;
  /** `playbook/<name>`. */
  ruleId: string;
  /** One line saying what the playbook checks (SARIF's rule description). */
  description?: string;
  severity: Severity;
  /** The finding's message (a wording entry may give its own). `{match}` stands for the matched text, `{value}` for a field's value. */
  message: string;
  when?: PlaybookWhen;
  check: PlaybookCheck;
  /** Where it was read from, as given to `parsePlaybook` (an absolute path or a URI). */
  origin: string;
  /** The playbook file as a URI: findings link to it. */
  docsUri: string;
}
