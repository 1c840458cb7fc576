// Regenerates the per-rule entries of the `agreementLint.rules` setting in package.json, and the rule
// ids of the configuration file's JSON Schema (schemas/agreement-lint-config.schema.json), from the
// rules' meta (the single source of truth). A test fails when either is out of date.
import fs from 'node:fs';
import { rules } from '../out/server/src/core/index.js';

const file = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const setting = pkg.contributes.configuration.properties['agreementLint.rules'];
setting.properties = Object.fromEntries(
  rules.map((r) => [
    r.meta.id,
    {
      type: 'string',
      enum: ['error', 'warning', 'information', 'hint', 'off'],
      default: r.meta.defaultSeverity,
      markdownDescription: `${r.meta.title}. [Documentation](docs/rules/${r.meta.id}.md)`,
    },
  ]),
);
const next = `${JSON.stringify(pkg, null, 2)}\n`;
if (fs.readFileSync(file, 'utf8') !== next) {
  fs.writeFileSync(file, next);
  console.log('package.json: agreementLint.rules updated');
}

const schemaFile = new URL('../schemas/agreement-lint-config.schema.json', import.meta.url);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
schema.properties.rules.properties = Object.fromEntries(
  rules.map((r) => [r.meta.id, { $ref: '#/definitions/ruleSetting', description: `${r.meta.title} (default: ${r.meta.defaultSeverity}).` }]),
);
const nextSchema = `${JSON.stringify(schema, null, 2)}\n`;
if (fs.readFileSync(schemaFile, 'utf8') !== nextSchema) {
  fs.writeFileSync(schemaFile, nextSchema);
  console.log('schemas/agreement-lint-config.schema.json: rule ids updated');
}
