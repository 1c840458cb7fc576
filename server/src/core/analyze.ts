/**
 * The analysis entry point: text in, findings out. Pure: no I/O, no clock, no globals; the same
 * text and options always give the same findings in the same order.
 */
import { buildModel, type AgreementModel } from './model.js';
import { rules as allRules } from './registry.js';
import type { Rule, RuleConfig, RuleContext } from './rule.js';
import { createFixKit } from './templates/fixkit.js';
import { createLibrary } from './templates/library.js';
import type { ClauseTemplate } from './templates/types.js';
import type { Finding, SeveritySetting } from './types.js';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** Severity overrides by rule id; `off` disables a rule. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Team templates that add to or override the built-in ones. */
  templates?: readonly ClauseTemplate[];
  /** Propose fixes as CriticMarkup tracked changes. */
  fixesAsTrackedChanges?: boolean;
  /** National handling caveats accepted besides TLP 2.0. */
  handlingCaveats?: readonly string[];
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** The result of analysing one draft. */
export interface AnalysisResult {
  model: AgreementModel;
  findings: Finding[];
}

/** Analyses a draft. */
export function analyze(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): AnalysisResult {
  const model = buildModel(text);
  const templates = createLibrary(options.templates);
  const fixes = createFixKit(model, templates, { asTrackedChanges: options.fixesAsTrackedChanges ?? false });
  const config: RuleConfig = { handlingCaveats: options.handlingCaveats ?? [] };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    try {
      const context: RuleContext = {
        model,
        fixes,
        templates,
        config,
        report(r) {
          const finding: Finding = {
            ruleId: rule.meta.id,
            severity: setting,
            message: r.message,
            range: model.index.range(r.span),
            fixes: (r.fixes ?? []).map((f) => ({
              title: f.title,
              edits: f.edits.map((e) => ({ range: model.index.range(e), newText: e.newText })),
            })),
          };
          if (r.related?.length) {
            finding.related = r.related.map((x) => ({ range: model.index.range(x.span), message: x.message }));
          }
          findings.push(finding);
        },
      };
      rule.check?.(context);
      if (rule.checkSection) for (const section of model.sections) rule.checkSection(context, section);
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return { model, findings };
}
