// Compiles the shipped playbook JSON Schema (schemas/agreement-lint-playbook.schema.json, the one
// source of truth, also what an editor validates playbook files with) into
// server/src/core/playbooks/schema.generated.ts, so the pure core validates against it with no
// file system. `--check` writes nothing and exits 1 when the generated file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'schemas', 'agreement-lint-playbook.schema.json');
const out = path.join(root, 'server', 'src', 'core', 'playbooks', 'schema.generated.ts');

/** The text of the generated module. */
export function generate() {
  const schema = JSON.parse(fs.readFileSync(source, 'utf8'));
  return (
    '// Generated from schemas/agreement-lint-playbook.schema.json by scripts/gen-schemas.mjs. Do not edit by hand.\n\n' +
    `export const playbookSchema = ${JSON.stringify(schema, null, 2)} as const;\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate();
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      process.stderr.write('server/src/core/playbooks/schema.generated.ts is out of date; run `npm run gen`.\n');
      process.exit(1);
    }
  } else if (current !== text) {
    fs.writeFileSync(out, text);
  }
}
