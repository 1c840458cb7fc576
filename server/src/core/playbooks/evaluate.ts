/**
 * Running playbooks: each playbook becomes a rule with the id `playbook/<name>`, run by `analyze`
 * beside the built-in rules, so that severities, suppression comments, fix verification and the
 * per-section cache apply to it unchanged. A wording playbook checks one section at a time (its
 * findings are cached per section, so a keystroke matches its patterns against the edited
 * section only); the other two look at the front matter and, for a required provision, at the
 * sections until one holds it (remembered per section while the section and the front matter
 * stay the same).
 */
import { parseDocument, isScalar, isMap, isPair, type Node } from 'yaml';
import type { AgreementModel, FrontMatter, Section, SectionData } from '../model.js';
import { lazyFixes, type Report, type Rule, type RuleContext } from '../rule.js';
import type { Span, SpanFix } from '../types.js';
import { compilePattern, expandReplacement, matchesOf } from './patterns.js';
import { CLASSIFICATION_LEVELS, type Playbook, type PlaybookWhen, type RequiredFieldCheck, type RequiredProvisionCheck, type WordingCheck } from './types.js';

const made = new WeakMap<Playbook, Rule>();

/**
 * The rules that run the playbooks, one per playbook (each made once per playbook object). Of two
 * playbooks with the same name, the later one is run: as with clause templates, a later folder
 * overrides an earlier one.
 */
export function playbookRules(playbooks: readonly Playbook[]): Rule[] {
  const last = new Map<string, Playbook>();
  for (const pb of playbooks) {
    last.delete(pb.name);
    last.set(pb.name, pb);
  }
  return [...last.values()].map((pb) => {
    let rule = made.get(pb);
    if (!rule) made.set(pb, (rule = toRule(pb)));
    return rule;
  });
}

function toRule(pb: Playbook): Rule {
  const c = pb.check;
  const meta = {
    id: pb.ruleId,
    title: pb.description ?? `Team playbook ${pb.name}`,
    defaultSeverity: pb.severity,
    fixable: c.kind === 'wording' && c.entries.some((e) => e.replacement !== undefined && e.replacementKind === 'fix'),
    hasSuggestions: c.kind === 'required-provision' ? c.template !== undefined : c.kind === 'wording' ? c.entries.some((e) => e.replacement !== undefined) : c.placeholder !== undefined,
    docsUri: pb.docsUri,
  };
  switch (c.kind) {
    case 'wording':
      return { meta, checkSection: (ctx, section) => checkWording(pb, c, ctx, section) };
    case 'required-field':
      return { meta, check: (ctx) => checkField(pb, c, ctx) };
    case 'required-provision':
      return { meta, check: (ctx) => checkProvision(pb, c, ctx) };
  }
}

/** Text compared by name: case, spacing and a leading "the" aside. */
function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/**
 * The rank of a front-matter classification in `CLASSIFICATION_LEVELS`, read from its first words
 * ("SECRET//REL TO USA, FVEY" is SECRET; "NATO SECRET" is SECRET, "COSMIC TOP SECRET" TOP SECRET);
 * -1 when it names no level of that list ("OFFICIAL", a typo), so that no condition on it holds.
 */
export function classificationRank(value: string | undefined): number {
  if (!value) return -1;
  const v = value.toUpperCase().replace(/\s+/g, ' ').trim().replace(/^(?:NATO|COSMIC|EU) /, '').split(/\/\/|[(,;]/)[0]!.trim();
  for (let i = CLASSIFICATION_LEVELS.length - 1; i >= 0; i--) if (new RegExp(`^${CLASSIFICATION_LEVELS[i]}\\b`).test(v)) return i;
  return -1;
}

/** Whether a playbook's `when` holds for a draft's front matter. */
export function applies(when: PlaybookWhen | undefined, fm: FrontMatter): boolean {
  if (!when) return true;
  if (when.partner && !(fm.partner !== undefined && when.partner.some((p) => norm(p) === norm(fm.partner!)))) return false;
  if (when.party && !fm.parties.some((party) => when.party!.some((p) => norm(p) === norm(party.name) || norm(p) === norm(party.short)))) return false;
  if (when.data && !when.data.some((d) => fm.dataCategories.includes(d.toLowerCase().trim()))) return false;
  if (when.classification && classificationRank(fm.classification) < CLASSIFICATION_LEVELS.indexOf(when.classification)) return false;
  return true;
}

/** A message with `{name}` markers filled in. */
function message(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(match|field|value)\}/g, (m, k: string) => values[k] ?? m);
}

/** Matched text for a message: one line, at most 80 characters. */
function shown(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

function checkWording(pb: Playbook, c: WordingCheck, ctx: RuleContext, section: Section): void {
  const { model } = ctx;
  if (!applies(pb.when, model.frontMatter)) return;
  for (const clause of section.clauses) {
    for (const entry of c.entries) {
      const re = compilePattern(entry.pattern);
      // `test` runs on RE2's DFA without keeping groups, several times faster than a search for
      // the places of the matches, and most paragraphs match nothing.
      if (!re.test(clause.text)) continue;
      for (const m of matchesOf(re, clause.text)) {
        const span = clause.sourceSpan(m.start, m.end);
        const matched = clause.text.slice(m.start, m.end);
        const report: Report = { span, message: message(entry.message ?? pb.message, { match: shown(matched) }) };
        // The replacement is offered only where the source reads exactly as the match (no
        // emphasis or tracked change inside it), so that it replaces nothing the reader did not see.
        if (entry.replacement !== undefined && model.text.slice(span.start, span.end) === matched) {
          const newText = expandReplacement(entry.replacement, m.groups);
          const fix = ctx.fixes.replace(span, newText, newText === '' ? `Delete "${shown(matched)}"` : `Replace "${shown(matched)}" with "${shown(newText)}"`, entry.replacementKind);
          if (fix) report.fixes = [fix];
        }
        ctx.report(report);
      }
    }
  }
}

/** Where a document-level finding sits: the title heading, else the front matter's first line, else the draft's first line. */
function documentSpan(model: AgreementModel): Span {
  const title = model.sections.find((s) => s.kind === 'title')?.heading?.span ?? model.headings[0]?.span;
  if (title) return title;
  if (model.frontMatter.span) return frontMatterOpening(model);
  const eol = model.text.search(/\r|\n/);
  return { start: 0, end: eol < 0 ? model.text.length : eol };
}

function frontMatterOpening(model: AgreementModel): Span {
  const start = model.frontMatter.span!.start;
  return { start, end: start + 3 };
}

interface ProvisionState {
  key: string;
  held: WeakMap<SectionData, boolean>;
}

function checkProvision(pb: Playbook, c: RequiredProvisionCheck, ctx: RuleContext): void {
  const { model } = ctx;
  if (!applies(pb.when, model.frontMatter)) return;
  const template = c.template !== undefined ? ctx.templates.get(c.template) : undefined;
  if (c.template !== undefined && !template && !c.pattern) {
    ctx.report({
      span: documentSpan(model),
      message: `Playbook "${pb.name}" requires the clause template "${c.template}", which is neither built in nor among the team's templates, so the draft cannot be checked for it; correct the template id in the playbook or add the template.`,
    });
    return;
  }
  // Whether a section holds the provision depends on the section, the front matter (templates are
  // filled from it) and the draft's defined terms (fixes.documentKey): remembered per section
  // while those stay the same.
  const fm = model.frontMatter.span ? model.text.slice(model.frontMatter.span.start, model.frontMatter.span.end) : '';
  const key = `${fm}\u0000${ctx.fixes.documentKey}\u0000${template ? `${template.origin}\u0001${template.body}` : ''}`;
  const state = ctx.state<ProvisionState>(() => ({ key, held: new WeakMap() }));
  if (state.key !== key) {
    state.key = key;
    state.held = new WeakMap();
  }
  const re = c.pattern ? compilePattern(c.pattern) : undefined;
  const holds = (section: Section): boolean => {
    let h = state.held.get(section.data);
    if (h === undefined) {
      h =
        (template !== undefined && (template.kind === 'article' ? ctx.fixes.holdsArticle(section, template.id) : section.clauses.some((cl) => ctx.fixes.holdsTemplate(cl, template.id)))) ||
        (re !== undefined && section.clauses.some((cl) => re.test(cl.text)));
      state.held.set(section.data, h);
    }
    return h;
  };
  if (model.sections.some(holds)) return;
  const report: Report = { span: documentSpan(model), message: pb.message };
  if (template) report.fixes = lazyFixes(() => ctx.fixes.insertArticle(template.id));
  ctx.report(report);
}

/** The value at a dotted path of the front matter, or undefined. */
function valueAt(data: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** The span of the value (or, failing that, the key) at a dotted path of the front matter. */
function fieldSpan(model: AgreementModel, path: readonly string[]): Span | undefined {
  const fm = model.frontMatter.span;
  if (!fm) return undefined;
  const block = model.text.slice(fm.start, fm.end);
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/.exec(block);
  const close = /(?:^|\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r)?$/.exec(block);
  if (!open || !close) return undefined;
  const base = fm.start + open[0].length;
  const doc = parseDocument(block.slice(open[0].length, close.index), { prettyErrors: false });
  const node = doc.getIn(path, true) as Node | undefined;
  const range = node?.range;
  if (range && range[1] > range[0]) return { start: base + range[0], end: base + range[1] };
  // An empty value: the key.
  const parent = (path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents) as Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === path[path.length - 1]);
    const k = pair?.key as Node | undefined;
    if (k?.range) return { start: base + k.range[0], end: base + k.range[1] };
  }
  return undefined;
}

function checkField(pb: Playbook, c: RequiredFieldCheck, ctx: RuleContext): void {
  const { model } = ctx;
  if (!applies(pb.when, model.frontMatter)) return;
  // A front matter that cannot be read is reported by the front-matter rule; nothing to add here.
  if (model.frontMatter.problems.some((p) => /not valid YAML|must be a YAML mapping|never closed|cannot be read/.test(p.message))) return;
  const path = c.field.split('.');
  const value = valueAt(model.frontMatter.data, path);
  // The fix's own placeholder, still unfilled, counts as missing: the finding stays the same until a person fills it in.
  const missing =
    value === undefined ||
    value === null ||
    (typeof value === 'string' && (value.trim() === '' || value === c.placeholder)) ||
    (Array.isArray(value) && value.length === 0);
  if (missing) {
    const span = (value !== undefined ? fieldSpan(model, path) : undefined) ?? (model.frontMatter.span ? frontMatterOpening(model) : documentSpan(model));
    const report: Report = { span, message: message(pb.message, { field: c.field, value: '' }) };
    const fix = c.placeholder !== undefined && value === undefined ? insertField(model, ctx, c.field, c.placeholder) : undefined;
    if (fix) report.fixes = [fix];
    ctx.report(report);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  const re = c.pattern ? compilePattern(c.pattern) : undefined;
  const wrong = items.find((v) => {
    if (v === null || typeof v === 'object') return c.values !== undefined || re !== undefined;
    const text = String(v);
    if (c.values && !c.values.some((a) => a.trim().toLowerCase() === text.trim().toLowerCase())) return true;
    return re !== undefined && !re.test(text);
  });
  if (wrong === undefined) return;
  const span = fieldSpan(model, path) ?? frontMatterOpening(model);
  ctx.report({ span, message: message(pb.message, { field: c.field, value: typeof wrong === 'object' ? JSON.stringify(wrong) : String(wrong) }) });
}

/**
 * Adds `field: placeholder` as the front matter's last line (a top-level field only: a nested one
 * would need its parents' indentation, which a person writes better), or a front matter holding
 * it where the draft has none. A suggestion: the placeholder is for a person to fill in.
 */
function insertField(model: AgreementModel, ctx: RuleContext, field: string, placeholder: string): SpanFix | undefined {
  if (field.includes('.')) return undefined;
  const text = model.text;
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const value = /^[\w\[\] .,/-]*$/.test(placeholder) && !/^[\[\]{}&*!|>'"%@`#,-]/.test(placeholder) && !/:\s|\s#/.test(placeholder) ? placeholder : JSON.stringify(placeholder);
  const fm = model.frontMatter.span;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return ctx.fixes.replace({ start: at, end: at }, `---${eol}${field}: ${value}${eol}---${eol}${eol}`, `Add a front matter with "${field}: ${value}"`, 'suggestion');
  }
  const block = text.slice(fm.start, fm.end);
  const close = /(?:\r\n|\n|\r)((?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r)?)$/.exec(block);
  if (!close) return undefined;
  const at = fm.end - close[1]!.length;
  return ctx.fixes.replace({ start: at, end: at }, `${field}: ${value}${eol}`, `Add "${field}: ${value}" to the front matter`, 'suggestion');
}
