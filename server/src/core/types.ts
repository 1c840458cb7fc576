/** Severity of a finding, named as in LSP and in the `agreementLint.rules` setting. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity setting: a severity, or `off` to disable the rule. */
export type SeveritySetting = Severity | 'off';

/** A zero-based position: line, and character counted in UTF-16 code units (as in LSP). */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text in `range` by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * What kind of repair a fix is, as in ESLint: a `fix` is safe and mechanical (a spelling put
 * right), and is what `--fix` and "Fix all" apply; a `suggestion` is a rewrite a person chooses
 * (a standard clause, an inserted article, a renumbering, a corrected reference), offered as a
 * quick fix and applied by the CLI only with `--fix-suggestions`.
 */
export type FixKind = 'fix' | 'suggestion';

/** One way to fix a finding: a titled set of non-overlapping edits, and its kind. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  kind: FixKind;
}

/** Another place in the draft that explains a finding. */
export interface RelatedLocation {
  range: Range;
  message: string;
}

/** What a rule found: the unit every adapter (LSP, CLI, tests) consumes. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
  related?: RelatedLocation[];
  /**
   * The URI of the rule's documentation when it is not a built-in rule's page in docs/rules (a
   * team playbook's file); adapters link a finding to it instead.
   */
  docsUri?: string;
}

/** A span of the source text as UTF-16 offsets, end exclusive. Rules speak in spans. */
export interface Span {
  start: number;
  end: number;
}

/** An edit expressed in offsets, before conversion to positions. */
export interface SpanEdit extends Span {
  newText: string;
}

/** A fix expressed in offsets. */
export interface SpanFix {
  title: string;
  edits: SpanEdit[];
  kind: FixKind;
}
