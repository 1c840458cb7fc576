/**
 * The configuration file's JSON Schema, shipped in the package (schemas/), and its validator. The
 * same file is contributed to VS Code (`jsonValidation`, `yamlValidation` in package.json), so the
 * editor and the review judge a configuration by one source of truth.
 *
 * The validator is ajv's standalone code for that schema, generated at build time
 * (scripts/gen-validator.mjs, checked by a test): a server or CLI run neither loads ajv nor compiles
 * the schema, so a workspace without a configuration file pays nothing for it at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { packageRoot } from '../bin/package-root.js';
import validate from './config-validator.generated.js';

/** Where the schema lives inside the package. */
export const CONFIG_SCHEMA_PATH = path.join('schemas', 'agreement-lint-config.schema.json');

/** The generated validator: true or false, with ajv's errors in `errors`. */
const validator = validate as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

let schema: Record<string, unknown> | undefined;

/** The schema as shipped (read from the package; the validator does not need it). */
export function configSchema(): Record<string, unknown> {
  schema ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), CONFIG_SCHEMA_PATH), 'utf8')) as Record<string, unknown>;
  return schema;
}

/** Validates a parsed configuration; the errors are ajv's, all of them. */
export function validateConfig(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** The rule ids the shipped schema names (the registry's, when the schema is up to date). */
export function schemaRuleIds(): string[] {
  const rules = (configSchema()['properties'] as Record<string, { properties?: Record<string, unknown> }>)['rules'];
  return Object.keys(rules?.properties ?? {});
}
