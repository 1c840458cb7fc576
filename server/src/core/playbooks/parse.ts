/**
 * Reading one playbook file: YAML (the `yaml` package, keeping each node's place in the file),
 * validated against the shipped JSON Schema (schemas/agreement-lint-playbook.schema.json, by the
 * validator ajv generates from it at build time, validator.generated.ts), then its patterns
 * compiled with RE2. Every problem names the file, the line and column of
 * the offending key or value, what is wrong and what is allowed. Pure: text in, playbook out.
 */
import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { ConfigProblem } from '../problems.js';
import type { Severity } from '../types.js';
import { patternProblem } from './patterns.js';
import { validate as validatePlaybook } from './validator.generated.js';
import type { ClassificationLevel, Playbook, PlaybookCheck, PlaybookPattern, PlaybookWhen, WordingEntry } from './types.js';

/** Options of `parsePlaybook`. */
export interface ParsePlaybookOptions {
  /** The file as problems name it (workspace-relative, say); `origin` by default. */
  display?: string;
}

/** The result of reading one playbook file: the playbook, or the problems that stopped it. */
export interface ParsedPlaybook {
  playbook?: Playbook;
  problems: ConfigProblem[];
}

/** The validator generated from the schema: true, or false with its errors. */
const validate = validatePlaybook as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads a playbook. `origin` is the playbook file's absolute path or its URI (findings link to it,
 * see `playbookDocsUri`); problems name it as `options.display`, else as `origin`.
 */
export function parsePlaybook(text: string, origin: string, options: ParsePlaybookOptions = {}): ParsedPlaybook {
  const file = options.display ?? origin;
  const lines = new LineCounter();
  const src = text.replace(/^\uFEFF/, '');
  const shift = text.length - src.length;
  const problems: ConfigProblem[] = [];
  const at = (start: number | undefined, end: number | undefined, message: string): ConfigProblem => {
    const p: ConfigProblem = { file, message };
    if (start !== undefined) {
      const pos = lines.linePos(start);
      Object.assign(p, { start: start + shift, end: (end ?? start) + shift, line: pos.line, column: pos.col });
    }
    return p;
  };
  const doc = parseDocument(src, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    let [s, en] = e.pos;
    // An unclosed quote or bracket is found at the end of the file; point at its opening instead.
    if (s >= src.trimEnd().length - 1) {
      const opener = /closing "quote/.test(e.message) ? '"' : /closing 'quote/.test(e.message) ? "'" : /\]/.test(e.message) ? '[' : /\}/.test(e.message) ? '{' : undefined;
      const i = opener ? src.lastIndexOf(opener) : -1;
      if (i >= 0) [s, en] = [i, i + 1];
    }
    problems.push(at(s, en, `The playbook is not valid YAML: ${e.message.split('\n')[0]}.`));
  }
  if (problems.length) return { problems };
  if (doc.contents === null) return { problems: [at(0, 0, 'The playbook is empty; it needs at least the keys "kind" and "message" (see docs/playbooks.md).')] };
  if (!isMap(doc.contents)) return { problems: [at(doc.contents.range?.[0], doc.contents.range?.[1], 'A playbook must be a YAML mapping of keys to values (kind, message, ...), not a list or a single value.')] };
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (e) {
    return { problems: [at(0, 0, `The playbook cannot be read: ${(e as Error).message}.`)] };
  }

  // Patterns are checked by the engine that will run them, wherever one is written, so that a
  // file with several mistakes gets them all at once.
  const patternProblems = new Map<string, ConfigProblem>();
  const pattern = (source: string, ignoreCase: unknown, path: (string | number)[]): PlaybookPattern => {
    const p = { source, ignoreCase: ignoreCase !== false };
    const why = patternProblem(p);
    if (why) {
      const node = doc.getIn(path, true) as Node | undefined;
      patternProblems.set(path.join('/'), at(node?.range?.[0], node?.range?.[1], why));
    }
    return p;
  };
  const req = data['require'] as Record<string, unknown> | undefined;
  if (req && typeof req === 'object' && typeof req['pattern'] === 'string') pattern(req['pattern'], req['ignoreCase'], ['require', 'pattern']);
  if (Array.isArray(data['wording'])) {
    (data['wording'] as unknown[]).forEach((w, i) => {
      if (w && typeof w === 'object' && typeof (w as Record<string, unknown>)['pattern'] === 'string') pattern((w as Record<string, string>)['pattern']!, (w as Record<string, unknown>)['ignoreCase'], ['wording', i, 'pattern']);
    });
  }
  if (typeof data['pattern'] === 'string') pattern(data['pattern'], data['ignoreCase'], ['pattern']);

  if (!validate(data)) {
    const kind = typeof data['kind'] === 'string' ? data['kind'] : undefined;
    for (const e of relevant(validate.errors ?? [])) {
      const [s, en] = placeOf(doc, e);
      problems.push(at(s, en, describe(e, kind)));
    }
    problems.push(...patternProblems.values());
    return { problems: sorted(dedupe(problems)) };
  }

  const stem = origin.replace(/[?#].*$/, '').split(/[\\/]/).pop()!.replace(/\.(?:ya?ml|json)$/i, '');
  const name = typeof data['name'] === 'string' ? data['name'] : stem.toLowerCase();
  if (!kebab.test(name)) {
    problems.push(at(0, 0, `The playbook has no "name", and its file name "${stem}" is not kebab-case (lower-case words joined by hyphens); add a name such as "name: ${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-check'}".`));
  }

  let checkOut: PlaybookCheck;
  const kind = data['kind'] as PlaybookCheck['kind'];
  if (kind === 'required-provision') {
    const req = data['require'] as { template?: string; pattern?: string; ignoreCase?: boolean };
    checkOut = { kind };
    if (req.template !== undefined) checkOut.template = req.template;
    if (req.pattern !== undefined) checkOut.pattern = pattern(req.pattern, req.ignoreCase, ['require', 'pattern']);
  } else if (kind === 'wording') {
    const entries = (data['wording'] as Record<string, unknown>[]).map((w, i): WordingEntry => {
      const e: WordingEntry = { pattern: pattern(w['pattern'] as string, w['ignoreCase'], ['wording', i, 'pattern']), replacementKind: (w['replacementKind'] as WordingEntry['replacementKind']) ?? 'suggestion' };
      if (typeof w['message'] === 'string') e.message = w['message'];
      if (typeof w['replacement'] === 'string') e.replacement = w['replacement'];
      return e;
    });
    checkOut = { kind, entries };
  } else {
    checkOut = { kind: 'required-field', field: data['field'] as string };
    if (Array.isArray(data['values'])) checkOut.values = data['values'] as string[];
    if (typeof data['pattern'] === 'string') checkOut.pattern = pattern(data['pattern'], data['ignoreCase'], ['pattern']);
    if (typeof data['placeholder'] === 'string') checkOut.placeholder = data['placeholder'];
  }
  problems.push(...patternProblems.values());
  if (problems.length) return { problems: sorted(dedupe(problems)) };

  const playbook: Playbook = {
    name,
    ruleId: `playbook/${name}`,
    severity: (data['severity'] as Severity | undefined) ?? 'warning',
    message: data['message'] as string,
    check: checkOut,
    origin,
    docsUri: playbookDocsUri(origin),
  };
  if (typeof data['description'] === 'string') playbook.description = data['description'];
  if (data['when']) {
    const w = data['when'] as Record<string, unknown>;
    const when: PlaybookWhen = {};
    if (Array.isArray(w['partner'])) when.partner = w['partner'] as string[];
    if (Array.isArray(w['party'])) when.party = w['party'] as string[];
    if (Array.isArray(w['data'])) when.data = w['data'] as string[];
    if (typeof w['classification'] === 'string') when.classification = w['classification'] as ClassificationLevel;
    playbook.when = when;
  }
  return { playbook, problems };
}

/**
 * The URI findings link to: `origin` itself when it is a URI ("file:///...", "vscode-vfs://..."),
 * else the `file:` URI of an absolute path (POSIX "/a/b.yaml" or Windows "C:\a\b.yaml"). A
 * relative path is kept as written, percent-encoded: it is the caller's to make absolute.
 */
export function playbookDocsUri(origin: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(origin)) return origin;
  const slashed = origin.split('\\').join('/');
  const encoded = slashed.split('/').map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded}`;
  if (slashed.startsWith('/')) return `file://${encoded}`;
  return encoded;
}

/**
 * The errors worth showing: ajv reports an `if` that failed besides the `then` errors under it,
 * and `anyOf` besides each branch; the branch errors say the same thing less plainly.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if' && !(e.keyword === 'required' && /\/anyOf\/\d+\/required$/.test(e.schemaPath)));
}

/** Problems in the order of the file. */
function sorted(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.map((p, i) => [p, i] as const).sort(([a, i], [b, j]) => (a.start ?? 0) - (b.start ?? 0) || i - j).map(([p]) => p);
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.start}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The path of a JSON pointer as YAML keys and indices. */
function pathOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(?:0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** The place of an error in the file: the key it is about (an unknown or forbidden key), else the value. */
function placeOf(doc: Document, e: ErrorObject): [number | undefined, number | undefined] {
  const path = pathOf(e.instancePath);
  const node = (path.length ? doc.getIn(path, true) : doc.contents) as Node | undefined;
  const key = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    const k = pair?.key as Node | undefined;
    if (k?.range) return [k.range[0], k.range[1]];
  }
  // A key whose schema is `false` (not allowed for this kind): point at the key, not its value.
  if (e.keyword === 'false schema' && path.length) {
    const parent = (path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents) as Node | undefined;
    if (isMap(parent)) {
      const last = path[path.length - 1];
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
      const k = pair?.key as Node | undefined;
      if (k?.range) return [k.range[0], k.range[1]];
    }
  }
  if (node?.range) return [node.range[0], e.keyword === 'required' || e.keyword === 'minProperties' ? node.range[0] : node.range[1]];
  return [0, 0];
}

/** Where a key sits, for messages: "the key "when.data"" or "the playbook". */
function what(e: ErrorObject): string {
  const path = pathOf(e.instancePath);
  if (path.length === 0) return 'The playbook';
  const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return `"${shown}"`;
}

/** An ajv error in plain words, with what is allowed. */
function describe(e: ErrorObject, kind: string | undefined): string {
  const subject = what(e);
  const schema = e.parentSchema as { description?: string; enum?: unknown[]; properties?: Record<string, unknown> } | undefined;
  const allowedKeys = (s: typeof schema) =>
    Object.entries(s?.properties ?? {})
      .filter(([, v]) => v !== false)
      .map(([k]) => k)
      .join(', ');
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return `${subject === 'The playbook' ? 'The playbook' : subject} has an unknown key "${key}"; the keys allowed here are: ${allowedKeys(schema)}.`;
    }
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return `${subject} needs the key "${key}"${keyHelp(key)}.`;
    }
    case 'false schema': {
      const path = pathOf(e.instancePath);
      return `The key "${path[path.length - 1]}" does not belong in a ${kind ?? 'playbook'} playbook; see docs/playbooks.md for the keys of each kind.`;
    }
    case 'enum':
      return `${subject} is ${JSON.stringify(e.data)}; use one of: ${(schema?.enum ?? (e.params as { allowedValues: unknown[] }).allowedValues).map((v) => String(v)).join(', ')}.`;
    case 'type':
      return `${subject} should be ${article((e.params as { type: string }).type)}, not ${describeValue(e.data)}.`;
    case 'pattern': {
      const p = (e.params as { pattern: string }).pattern;
      if (p.startsWith('^[a-z0-9]+')) return `${subject} is ${JSON.stringify(e.data)}; write it in kebab-case: lower-case letters and digits, words joined by single hyphens.`;
      return `${subject} is ${JSON.stringify(e.data)}; write a dotted path of front-matter keys, such as "handling" or "review.owner".`;
    }
    case 'minItems':
      return `${subject} is an empty list; give at least one item.`;
    case 'minLength':
      return `${subject} is empty; give some text.`;
    case 'minProperties':
    case 'anyOf':
      return `${subject} needs "template", "pattern" or both.`;
    default:
      return `${subject} ${e.message ?? 'is not valid'}${schema?.description ? ` (${schema.description})` : ''}.`;
  }
}

function keyHelp(key: string): string {
  switch (key) {
    case 'kind':
      return ': required-provision, wording or required-field';
    case 'message':
      return ': the text of its findings';
    case 'require':
      return ' (a required provision says what it requires: template, pattern or both)';
    case 'wording':
      return ' (a list of wordings, each with a pattern)';
    case 'field':
      return ' (the front-matter field required, as a dotted path)';
    case 'pattern':
      return ' (a pattern in RE2 syntax)';
    default:
      return '';
  }
}

function article(type: string): string {
  return { string: 'text', array: 'a list', object: 'a mapping of keys to values', boolean: 'true or false', number: 'a number' }[type] ?? type;
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return JSON.stringify(v);
}
