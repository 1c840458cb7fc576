// Compiles the built-in clause templates (templates/*.md) into
// server/src/core/templates/builtin.generated.ts, so the pure core needs no file system.
// `--check` writes nothing and exits 1 when the generated file is out of date.
// Validation is the core's job (parseTemplate); a test checks that every built-in passes it and
// that this light reading gives exactly what parseTemplate gives.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'templates');
const out = path.join(root, 'server', 'src', 'core', 'templates', 'builtin.generated.ts');

/** Reads one template file into the ClauseTemplate shape (fields in a fixed order). */
export function readTemplate(text, file) {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$\r?\n?([\s\S]*)$/m.exec(src);
  if (!m) throw new Error(`${file}: no front matter`);
  const fm = parse(m[1]) ?? {};
  const t = {
    id: String(fm.id).trim(),
    title: String(fm.title).trim(),
    version: String(fm.version).trim(),
    fixes: (fm.fixes ?? []).map((x) => String(x).trim()),
    placeholders: (fm.placeholders ?? []).map((x) => String(x).trim()),
    kind: fm.kind,
    body: m[2].replace(/\s+$/, '').replace(/\r\n?/g, '\n'),
    origin: 'built-in',
  };
  if (fm.element !== undefined && fm.element !== null) t.element = String(fm.element).trim();
  if (fm.defaults) t.defaults = Object.fromEntries(Object.entries(fm.defaults).map(([k, v]) => [k, String(v).trim()]));
  if (fm.description !== undefined && fm.description !== null) t.description = String(fm.description).trim();
  if (fm.approved) t.approved = { by: String(fm.approved.by).trim(), date: String(fm.approved.date).trim() };
  return t;
}

/** The text of the generated module. */
export function generate() {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const templates = files.map((f) => readTemplate(fs.readFileSync(path.join(dir, f), 'utf8'), f)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (
    '// Generated from templates/*.md by scripts/gen-templates.mjs. Do not edit by hand.\n' +
    "import type { ClauseTemplate } from './types.js';\n\n" +
    `export const builtinTemplates: readonly ClauseTemplate[] = ${JSON.stringify(templates, null, 2)};\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      process.stderr.write('server/src/core/templates/builtin.generated.ts is out of date; run `npm run gen`.\n');
      process.exit(1);
    }
  } else if (current !== text) {
    fs.writeFileSync(out, text);
  }
}
