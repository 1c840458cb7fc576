/**
 * Reading a clause template file: front matter checked against `templateSchema`, then the
 * Markdown body. Pure (the caller reads the file); every problem names the file and the field so
 * that a team can find a mistake in its own template without reading our code.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import type { ClauseTemplate, TemplateProblem } from './types.js';

/** How one front-matter field of a template is checked. */
interface FieldSchema {
  type: 'string' | 'version' | 'enum' | 'string-list' | 'string-map' | 'approval';
  required?: boolean;
  /** For `string` and list items: the pattern a value must match, and how to describe it. */
  pattern?: RegExp;
  expected: string;
  values?: readonly string[];
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const placeholderName = /^[A-Z][A-Z0-9]*(?:[ _-][A-Z0-9]+)*$/;

/**
 * The schema of a template's front matter, as data: one entry per allowed field. Adapters and
 * docs can list it; `parseTemplate` enforces it.
 */
export const templateSchema: Readonly<Record<string, FieldSchema>> = {
  id: { type: 'string', required: true, pattern: kebab, expected: 'a kebab-case id such as "balanced-dissemination"' },
  title: { type: 'string', required: true, expected: 'a short title for menus, such as "Balanced dissemination and use"' },
  version: { type: 'version', required: true, expected: 'a version such as "1.0.0"' },
  kind: { type: 'enum', required: true, values: ['article', 'clause', 'element'], expected: 'one of article, clause or element' },
  element: { type: 'string', pattern: kebab, expected: 'the kebab-case name of the element it supplies, such as "retention"' },
  fixes: { type: 'string-list', required: true, pattern: kebab, expected: 'a list of rule ids such as [missing-safeguarding] (an empty list [] for a snippet only)' },
  placeholders: { type: 'string-list', required: true, pattern: placeholderName, expected: 'a list of placeholder names in capitals such as [HANDLING, RECEIVING PARTY]' },
  defaults: { type: 'string-map', expected: 'a mapping of placeholder names to the wording used when the draft gives no value' },
  description: { type: 'string', expected: 'one sentence saying when to use the template' },
  approved: { type: 'approval', expected: 'a mapping with "by" (who approved this version, such as "Office of the Legal Adviser") and "date" (the day, written YYYY-MM-DD)' },
};

/** `{{NAME}}` markers in a template body. */
export const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9 _-]*?)\s*\}\}/g;

/** `{{#NAME}} ... {{/NAME}}`: wording kept only where the draft gives NAME a value. */
export const sectionPattern = /\{\{#\s*([A-Za-z][A-Za-z0-9 _-]*?)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g;
/** Any section marker, opening or closing. */
const sectionMarker = /\{\{\s*([#/])\s*([A-Za-z][A-Za-z0-9 _-]*?)\s*\}\}/g;

/** The result of reading one template file: the template, or the problems that stopped it. */
export interface ParsedTemplate {
  template?: ClauseTemplate;
  problems: TemplateProblem[];
}

/** Reads and validates one template file. `origin` names the file in every problem. */
export function parseTemplate(text: string, origin: string): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  const problem = (message: string, field?: string, line?: number) => {
    const p: TemplateProblem = { origin, message };
    if (field !== undefined) p.field = field;
    if (line !== undefined) p.line = line;
    problems.push(p);
  };
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(src);
  if (!open) {
    problem('The file must start with front matter: a line "---", the fields (id, title, version, kind, fixes, placeholders), and a closing line "---".');
    return { problems };
  }
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = src.slice(open[0].length);
  const c = close.exec(rest);
  if (!c) {
    problem('The front matter opened with "---" is never closed; add a line "---" after the last field.');
    return { problems };
  }
  const yamlText = rest.slice(0, c.index);
  const yamlLine0 = 2; // The YAML starts on the second line of the file.
  let body = rest.slice(c.index + c[0].length).replace(/^\r?\n/, '');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => yamlLine0 + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
  if (doc.errors.length) {
    for (const e of doc.errors) problem(`The front matter is not valid YAML: ${e.message.split('\n')[0]}.`, undefined, lineOf(e.pos[0]));
    return { problems };
  }
  if (!isMap(doc.contents)) {
    problem('The front matter must be a mapping of fields to values, such as "id: balanced-dissemination".');
    return { problems };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const fieldLine = (key: string) => fieldLineOf(doc, key, lineOf);
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (!(key in templateSchema)) problem(`Unknown field "${key}"; the fields are ${Object.keys(templateSchema).join(', ')}.`, key, fieldLine(key));
  }
  for (const [key, schema] of Object.entries(templateSchema)) {
    const v = data[key];
    if (v === undefined || v === null) {
      if (schema.required) problem(`The required field "${key}" is missing; it should be ${schema.expected}.`, key);
      continue;
    }
    const bad = () => problem(`The field "${key}" should be ${schema.expected}; it is ${describe(v)}.`, key, fieldLine(key));
    switch (schema.type) {
      case 'string':
        if (typeof v !== 'string' || v.trim() === '' || (schema.pattern && !schema.pattern.test(v))) bad();
        else values[key] = v.trim();
        break;
      case 'version':
        if ((typeof v === 'string' && /^\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z.-]+)?$/.test(v.trim())) || (typeof v === 'number' && v >= 0)) values[key] = String(v).trim();
        else bad();
        break;
      case 'enum':
        if (typeof v === 'string' && schema.values!.includes(v)) values[key] = v;
        else bad();
        break;
      case 'string-list':
        if (!Array.isArray(v)) bad();
        else {
          const items = v.map((x) => (typeof x === 'string' ? x.trim() : x));
          const wrong = items.findIndex((x) => typeof x !== 'string' || (schema.pattern && !schema.pattern.test(x)));
          if (wrong >= 0) problem(`Item ${wrong + 1} of the field "${key}" is ${describe(items[wrong])}; the field should be ${schema.expected}.`, key, fieldLine(key));
          else values[key] = items as string[];
        }
        break;
      case 'approval': {
        if (typeof v !== 'object' || Array.isArray(v)) {
          bad();
          break;
        }
        const a = v as Record<string, unknown>;
        const extra = Object.keys(a).filter((k) => k !== 'by' && k !== 'date');
        const by = typeof a['by'] === 'string' ? a['by'].trim() : '';
        const date = a['date'] instanceof Date ? a['date'].toISOString().slice(0, 10) : typeof a['date'] === 'string' ? a['date'].trim() : '';
        if (extra.length) problem(`The field "${key}" has ${extra.map((k) => `"${k}"`).join(', ')}, which it does not take; it should be ${schema.expected}.`, key, fieldLine(key));
        else if (by === '') problem(`The field "${key}" needs "by", naming who approved this version; it should be ${schema.expected}.`, key, fieldLine(key));
        else if (!isCalendarDate(date)) problem(`The "date" of the field "${key}" should be a day written YYYY-MM-DD, such as 2026-03-31; it is ${describe(a['date'])}.`, key, fieldLine(key));
        else values[key] = { by, date };
        break;
      }
      case 'string-map':
        if (typeof v !== 'object' || Array.isArray(v)) bad();
        else {
          const entries = Object.entries(v as Record<string, unknown>);
          const wrong = entries.find(([k, x]) => !placeholderName.test(k) || typeof x !== 'string' || x.trim() === '');
          if (wrong) problem(`The entry "${wrong[0]}" of the field "${key}" is wrong; the field should be ${schema.expected} (names in capitals, values non-empty text).`, key, fieldLine(key));
          else values[key] = Object.fromEntries(entries.map(([k, x]) => [k, (x as string).trim()]));
        }
        break;
    }
  }
  if (values['kind'] === 'element' && values['element'] === undefined && data['element'] === undefined) {
    problem('A template of kind "element" needs the field "element" naming the element it supplies, such as "retention".', 'element');
  }
  body = body.replace(/\s+$/, '');
  if (body.trim() === '') problem('The template has no body: write the clause text after the closing "---".', 'body');
  // Every placeholder used must be declared, and every declared one used, so that a typo in a
  // placeholder name shows up here rather than as an odd blank in a draft.
  const used = new Set<string>();
  for (const m of body.matchAll(placeholderPattern)) used.add(m[1]!.trim());
  // Sections open and close in pairs, one level deep, each named after a declared placeholder.
  const openSections: string[] = [];
  for (const m of body.matchAll(sectionMarker)) {
    const name = m[2]!.trim();
    if (m[1] === '#') {
      if (openSections.length) problem(`The section {{#${name}}} opens inside the section {{#${openSections[0]}}}; sections cannot be nested.`, 'body');
      openSections.push(name);
      used.add(name);
    } else if (openSections[openSections.length - 1] === name) openSections.pop();
    else problem(`The body closes the section {{/${name}}} where ${openSections.length ? `{{#${openSections[openSections.length - 1]}}} is open` : 'no section is open'}.`, 'body');
  }
  if (openSections.length) problem(`The section {{#${openSections[0]}}} is never closed: end it with {{/${openSections[0]}}}.`, 'body');
  const declared = (values['placeholders'] as string[] | undefined) ?? undefined;
  if (declared) {
    const notDeclared = [...used].filter((u) => !declared.includes(u));
    const notUsed = declared.filter((d) => !used.has(d));
    if (notDeclared.length) problem(`The body uses ${list(notDeclared)} but the field "placeholders" does not declare ${notDeclared.length === 1 ? 'it' : 'them'}.`, 'placeholders', fieldLine('placeholders'));
    if (notUsed.length) problem(`The field "placeholders" declares ${list(notUsed)} but the body never uses ${notUsed.length === 1 ? 'it' : 'them'}.`, 'placeholders', fieldLine('placeholders'));
  }
  const defaults = values['defaults'] as Record<string, string> | undefined;
  if (defaults && declared) {
    const extra = Object.keys(defaults).filter((k) => !declared.includes(k));
    if (extra.length) problem(`The field "defaults" gives values for ${list(extra)}, which the field "placeholders" does not declare.`, 'defaults', fieldLine('defaults'));
  }
  if (problems.length) return { problems };
  const template: ClauseTemplate = {
    id: values['id'] as string,
    title: values['title'] as string,
    version: values['version'] as string,
    fixes: values['fixes'] as string[],
    placeholders: values['placeholders'] as string[],
    kind: values['kind'] as ClauseTemplate['kind'],
    body: body.replace(/\r\n?/g, '\n'),
    origin,
  };
  if (values['element'] !== undefined) template.element = values['element'] as string;
  if (defaults) template.defaults = defaults;
  if (values['description'] !== undefined) template.description = values['description'] as string;
  if (values['approved'] !== undefined) template.approved = values['approved'] as { by: string; date: string };
  return { template, problems };
}

/** Reads a set of template files; a later file with an id already read is a problem, not an override. */
export function parseTemplates(files: readonly { origin: string; text: string }[]): { templates: ClauseTemplate[]; problems: TemplateProblem[] } {
  const templates: ClauseTemplate[] = [];
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const r = parseTemplate(f.text, f.origin);
    problems.push(...r.problems);
    if (!r.template) continue;
    const first = seen.get(r.template.id);
    if (first !== undefined) {
      problems.push({ origin: f.origin, field: 'id', message: `The id "${r.template.id}" is already used by ${first}; each template needs its own id. This file was ignored.` });
      continue;
    }
    seen.set(r.template.id, f.origin);
    templates.push(r.template);
  }
  return { templates, problems };
}

/** One line for a person: the file, the field and line when known, and what is wrong. */
export function formatTemplateProblem(p: TemplateProblem): string {
  const where = [p.field !== undefined ? `field "${p.field}"` : undefined, p.line !== undefined ? `line ${p.line}` : undefined].filter(Boolean).join(', ');
  return `${p.origin}${where ? ` (${where})` : ''}: ${p.message}`;
}

function fieldLineOf(doc: Document, key: string, lineOf: (offset: number) => number): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: number[] } | undefined)?.range;
  return range ? lineOf(range[0]!) : undefined;
}

/** Whether `s` is a real day of the calendar written YYYY-MM-DD (no 2026-02-30). */
function isCalendarDate(s: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'empty';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v.trim() === '' ? 'empty' : `"${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  return `${typeof v} ${String(v)}`;
}

function list(names: string[]): string {
  return names.map((n) => `{{${n}}}`).join(', ');
}
