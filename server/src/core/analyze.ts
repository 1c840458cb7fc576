/**
 * The analysis entry point: text in, findings out. `analyze` is pure: no I/O, no clock, no
 * globals; the same text and options always give the same findings in the same order.
 *
 * `createAnalyzer()` gives the incremental form the editor uses: it keeps the parsed sections (a
 * `ModelCache`) and each rule's `checkSection` findings per section between analyses, so an edit
 * inside one Article re-parses and re-checks that Article only; findings of a section that merely
 * moved are shifted to its new place. Document-level `check` rules run every time (they are cheap).
 * Suppression comments are applied here, to the findings of every rule.
 */
import { buildModel, ModelCache, type AgreementModel, type ColdParser, type SectionData } from './model.js';
import { rules as allRules } from './registry.js';
import type { Report, Rule, RuleConfig, RuleContext } from './rule.js';
import { playbookRules } from './playbooks/evaluate.js';
import type { Playbook } from './playbooks/types.js';
import { suppressionOf, type Suppression } from './suppressions.js';
import { createFixKit } from './templates/fixkit.js';
import { createLibrary } from './templates/library.js';
import type { ClauseTemplate } from './templates/types.js';
import type { Finding, Fix, SeveritySetting, Span, SpanFix } from './types.js';

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
  /**
   * The team's playbooks (parsed with `parsePlaybook`), each run as one more rule with the id
   * `playbook/<name>`; `rules` sets their severity as any other rule's.
   */
  playbooks?: readonly Playbook[];
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Also return the findings that a justified suppression comment silences, in `suppressed`
   * (SARIF reports them as suppressed, the review as an audit record). `findings` is the same
   * either way: the editor and the text and JSON outputs never show them.
   */
  keepSuppressed?: boolean;
}

/** A finding silenced by a suppression comment, with the comment that silences it. */
export interface SuppressedFinding extends Finding {
  suppression: { justification: string; directive: Suppression['directive']; range: Finding['range'] };
}

/** The result of analysing one draft. */
export interface AnalysisResult {
  model: AgreementModel;
  findings: Finding[];
  /** With `keepSuppressed`: the findings silenced by a justified suppression comment. */
  suppressed?: SuppressedFinding[];
}

/** Counters of the work done and saved; read by tests and the benchmark. */
export interface AnalyzerStats {
  /** Sections parsed by remark, and sections whose earlier parse was reused. */
  sectionsParsed: number;
  sectionsReused: number;
  /** `checkSection` calls made, and calls whose cached findings were reused. */
  sectionChecksRun: number;
  sectionChecksReused: number;
  /** Analyses answered from the previous result because nothing had changed. */
  analysesReused: number;
}

/** An analyzer for one document, keeping what it can between analyses. */
export interface Analyzer {
  /** Analyses `text` with `options` (by default, the options the analyzer was created with). */
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  readonly stats: AnalyzerStats;
}

/** One rule's reports on one section, with spans relative to the section start. */
interface CachedChecks {
  key: string;
  reports: Report[];
}

/**
 * Creates an analyzer that re-uses parsed sections and per-section findings between calls.
 * `coldParse` parses the sections of its first draft (see `ModelCache`): the server gives one that
 * parses half of a long draft on a second thread.
 */
export function createAnalyzer(defaults: AnalyzeOptions = {}, rules: readonly Rule[] = allRules, coldParse?: ColdParser): Analyzer {
  return makeAnalyzer(defaults, rules, false, true, coldParse);
}

/**
 * An analyzer whose findings carry no fixes: for reading a draft again after a fix (verify.ts),
 * where only the findings and the model count, and building every fix again would be wasted.
 */
export function createReader(defaults: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): Analyzer {
  return makeAnalyzer(defaults, rules, false, false);
}

/**
 * The analyzer. With `oneShot`, it is used for one analysis only, so its model is never rebuilt
 * (sections are moved in place when a model is rebuilt, see ModelCache), and fixes given as
 * functions can be built when they are first read. Otherwise every fix is built during the
 * analysis, while the model it reads is current.
 */
function makeAnalyzer(defaults: AnalyzeOptions, rules: readonly Rule[], oneShot: boolean, withFixes = true, coldParse?: ColdParser): Analyzer {
  const cache = new ModelCache(coldParse);
  let checks = new WeakMap<SectionData, Map<string, CachedChecks>>();
  let last: { text: string; key: string; result: AnalysisResult } | undefined;
  let lastSectionKey = '';
  const ruleStates = new Map<string, unknown>();
  const stats: AnalyzerStats = { sectionsParsed: 0, sectionsReused: 0, sectionChecksRun: 0, sectionChecksReused: 0, analysesReused: 0 };

  return {
    stats,
    analyze(text, options = defaults) {
      const optionsKey = JSON.stringify([options.rules ?? {}, options.templates ?? [], options.fixesAsTrackedChanges ?? false, options.handlingCaveats ?? [], options.playbooks ?? [], options.keepSuppressed ?? false]);
      if (last && last.text === text && last.key === optionsKey) {
        stats.analysesReused++;
        return last.result;
      }
      const before = { ...cache.stats };
      const model = buildModel(text, cache);
      stats.sectionsParsed += cache.stats.sectionsParsed - before.sectionsParsed;
      stats.sectionsReused += cache.stats.sectionsReused - before.sectionsReused;
      const templates = createLibrary(options.templates);
      const fixes = createFixKit(model, templates, { asTrackedChanges: options.fixesAsTrackedChanges ?? false });
      const config: RuleConfig = { handlingCaveats: options.handlingCaveats ?? [] };
      const fm = model.frontMatter.span ? text.slice(model.frontMatter.span.start, model.frontMatter.span.end) : '';
      // Section findings carry fixes filled from document-level facts, so those are part of the key.
      let sectionKey = `${fm}\u0000${optionsKey}\u0000${fixes.documentKey}`;
      // The key is compared once per rule and section: the same string object as last time makes
      // that comparison a pointer comparison instead of one over the whole front matter.
      if (sectionKey === lastSectionKey) sectionKey = lastSectionKey;
      else lastSectionKey = sectionKey;
      const nextChecks = new WeakMap<SectionData, Map<string, CachedChecks>>();
      const findings: Finding[] = [];
      const suppressed: SuppressedFinding[] | undefined = options.keepSuppressed ? [] : undefined;

      const active = options.playbooks?.length ? [...rules, ...playbookRules(options.playbooks)] : rules;
      for (const rule of active) {
        const id = rule.meta.id;
        const setting = options.rules?.[id] ?? rule.meta.defaultSeverity;
        if (setting === 'off') continue;
        const fail = (error: unknown) => options.onRuleError?.(id, error);
        const emit = (r: Report) => {
          const by = model.suppressions.length ? suppressionOf(model.suppressions, id, r.span.start) : undefined;
          if (by && !suppressed) return;
          if (!withFixes && r.fixes) r = { ...r, fixes: undefined };
          const finding = toFinding(model, id, setting, r, oneShot, fail);
          if (rule.meta.docsUri !== undefined) finding.docsUri = rule.meta.docsUri;
          if (by) suppressed!.push(Object.assign(finding, { suppression: { justification: by.justification, directive: by.directive, range: model.index.range(by.span) } }));
          else findings.push(finding);
        };
        const state = <T>(init: () => T): T => {
          if (!ruleStates.has(id)) ruleStates.set(id, init());
          return ruleStates.get(id) as T;
        };
        const context = (report: (r: Report) => void): RuleContext => ({ model, fixes, templates, config, report, state });
        try {
          rule.check?.(context(emit));
        } catch (error) {
          options.onRuleError?.(id, error);
          continue;
        }
        if (!rule.checkSection) continue;
        for (const section of model.sections) {
          const mine = oneShot ? undefined : checks.get(section.data)?.get(id);
          let reports: Report[];
          if (mine && mine.key === sectionKey) {
            stats.sectionChecksReused++;
            reports = mine.reports;
          } else {
            stats.sectionChecksRun++;
            const raw: Report[] = [];
            try {
              rule.checkSection(context((r) => raw.push(r)), section);
            } catch (error) {
              options.onRuleError?.(id, error);
              break;
            }
            if (oneShot) {
              // Nothing is kept for a next analysis: the findings go straight out, their fixes unbuilt.
              for (const r of raw) emit(r);
              continue;
            }
            // Section findings are cached with their fixes, so those are built now.
            for (const r of raw) if (typeof r.fixes === 'function') r.fixes = withFixes ? buildFixes(r.fixes, fail) : undefined;
            // Findings that stay inside their section can follow it when it moves; any other
            // finding depends on the rest of the draft and is not cached.
            const inside = raw.every((r) => allSpans(r).every((s) => s.start >= section.span.start && s.end <= section.span.end));
            reports = raw.map((r) => shiftReport(r, -section.span.start));
            if (!inside) {
              for (const r of raw) emit(r);
              continue;
            }
          }
          let perSection = nextChecks.get(section.data);
          if (!perSection) nextChecks.set(section.data, (perSection = new Map()));
          perSection.set(id, { key: sectionKey, reports });
          for (const r of reports) emit(shiftReport(r, section.span.start));
        }
      }
      checks = nextChecks;
      findings.sort(byPlace);
      const result: AnalysisResult = { model, findings };
      if (suppressed) result.suppressed = suppressed.sort(byPlace);
      last = { text, key: optionsKey, result };
      return result;
    },
  };
}

/** Findings in the order of the draft, then by rule id. */
function byPlace(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Analyses a draft from scratch. */
export function analyze(text: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): AnalysisResult {
  return makeAnalyzer(options, rules, true).analyze(text);
}

/** The fixes a rule gave as a function; one that throws gives none, and the rule's error is reported. */
function buildFixes(make: () => SpanFix[], fail: (error: unknown) => void): SpanFix[] {
  try {
    return make();
  } catch (error) {
    fail(error);
    return [];
  }
}

function allSpans(r: Report): Span[] {
  return [r.span, ...((r.fixes as SpanFix[] | undefined) ?? []).flatMap((f) => f.edits), ...(r.related ?? []).map((x) => x.span)];
}

function shiftSpan<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

function shiftReport(r: Report, by: number): Report {
  const out: Report = { span: shiftSpan(r.span, by), message: r.message };
  // Section findings' fixes were built before they were cached (see the analyzer).
  if (r.fixes) out.fixes = (r.fixes as SpanFix[]).map((f) => ({ title: f.title, edits: f.edits.map((e) => shiftSpan(e, by)), kind: f.kind }));
  if (r.related) out.related = r.related.map((x) => ({ span: shiftSpan(x.span, by), message: x.message }));
  return out;
}

function toFinding(model: AgreementModel, ruleId: string, severity: Finding['severity'], r: Report, lazy: boolean, fail: (error: unknown) => void): Finding {
  const convert = (fixes: readonly SpanFix[]): Fix[] =>
    fixes.map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => ({ range: model.index.range(e), newText: e.newText })),
      kind: f.kind,
    }));
  const finding = { ruleId, severity, message: r.message, range: model.index.range(r.span) } as Finding;
  const given = r.fixes;
  if (typeof given === 'function' && lazy) {
    // Built when first read, then kept; an ordinary, enumerable property for JSON and copies.
    let fixes: Fix[] | undefined;
    Object.defineProperty(finding, 'fixes', {
      enumerable: true,
      configurable: true,
      get: () => (fixes ??= convert(buildFixes(given, fail))),
      set: (value: Fix[]) => (fixes = value),
    });
  } else finding.fixes = convert(typeof given === 'function' ? buildFixes(given, fail) : (given ?? []));
  if (r.related?.length) finding.related = r.related.map((x) => ({ range: model.index.range(x.span), message: x.message }));
  return finding;
}
