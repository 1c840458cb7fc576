// Generates the validator of playbook files (server/src/core/playbooks/validator.generated.ts)
// from their JSON Schema (schemas/agreement-lint-playbook.schema.json, the one definition of a
// playbook, also what an editor validates playbook files with), as ajv's standalone code, at build
// time: the pure core validates against the shipped schema with no file system, and nothing loads
// ajv or compiles the schema when the server or the CLI starts. The errors are verbose (each
// carries the part of the schema it failed), so that messages can say what is allowed.
// `--check` writes nothing and exits 1 when the generated file is out of date (a test runs that).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'schemas', 'agreement-lint-playbook.schema.json');
const out = path.join(root, 'server', 'src', 'core', 'playbooks', 'validator.generated.ts');

/** The text of the generated module. */
export function generate() {
  const schema = JSON.parse(fs.readFileSync(source, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, lines: true } });
  const code = (standaloneCode.default ?? standaloneCode)(ajv, ajv.compile(schema))
    // The one runtime helper the code needs (the length of a text in code points, for
    // minLength and maxLength), written out so that the generated module imports nothing.
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '((s) => [...s].length)');
  if (/require\(/.test(code)) throw new Error('gen-schemas: the generated validator needs an ajv runtime module; write it out here');
  return `// Generated from schemas/agreement-lint-playbook.schema.json by scripts/gen-schemas.mjs. Do not edit by hand.\n// @ts-nocheck\n${code}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      process.stderr.write('server/src/core/playbooks/validator.generated.ts is out of date; run `npm run gen`.\n');
      process.exit(1);
    }
  } else if (current !== text) {
    fs.writeFileSync(out, text);
  }
}
