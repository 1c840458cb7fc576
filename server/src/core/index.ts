/** The public surface of the analysis core. Adapters import from here only. */
export { analyze, createAnalyzer, createReader, type Analyzer, type AnalyzerStats, type AnalyzeOptions, type AnalysisResult } from './analyze.js';
export { applyEdits, applyFirstFixes, firstFixEdits, OverlappingEditsError, type FixSelection } from './edits.js';
export { createFixVerifier, verifiedFixRound, type FixVerifier } from './verify.js';
export { buildModel, ModelCache, type AgreementModel } from './model.js';
export { LineIndex, comparePositions } from './positions.js';
export { rules, getRule } from './registry.js';
export type { Rule, RuleMeta } from './rule.js';
export { ruleDocsUrl } from './docs.js';
export { disseminationReadings, readingsAt, type ClauseReadingReport } from './features/readings.js';
export type * from './types.js';
export { parseSeveritySettings } from './settings.js';
export type { ClauseTemplate, TemplateLibrary, TemplateProblem } from './templates/types.js';
export { createLibrary } from './templates/library.js';
export { parseTemplate, parseTemplates, formatTemplateProblem, fillTemplate, templateSnippets, type TemplateSnippet } from './templates/index.js';
export type { FixKit } from './templates/fixkit.js';
export type { Clause, Section, FrontMatter, Reference, DefinedTerm } from './model.js';
export type { Marking, MarkingKind, Placeholder } from './markings.js';
export type { Suppression, SuppressionDirective } from './suppressions.js';
