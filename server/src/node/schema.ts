/**
 * The configuration file's JSON Schema, shipped in the package (schemas/), and its validator. The
 * same file is contributed to VS Code (`jsonValidation`, `yamlValidation` in package.json), so the
 * editor and the review judge a configuration by one source of truth.
 *
 * ajv is loaded and the schema compiled only when the first configuration file is read: a server
 * for a workspace without one pays nothing for it at start.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../bin/package-root.js';

/** Where the schema lives inside the package. */
export const CONFIG_SCHEMA_PATH = path.join('schemas', 'agreement-lint-config.schema.json');

let schema: Record<string, unknown> | undefined;
let validator: ValidateFunction | undefined;

/** The schema as shipped. */
export function configSchema(): Record<string, unknown> {
  schema ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), CONFIG_SCHEMA_PATH), 'utf8')) as Record<string, unknown>;
  return schema;
}

/**
 * ajv's constructor. In the bundle, `require` is esbuild's and loads the bundled copy when first
 * called; run from `out/` as an ES module (the tests), there is no `require` and node_modules serves.
 */
function ajvClass(): new (options: object) => { compile(schema: object): ValidateFunction } {
  // A literal `require('ajv')` call, so that esbuild bundles ajv (the .vsix has no node_modules).
  const mod = (typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv')) as { Ajv?: unknown; default?: unknown };
  return (mod.Ajv ?? mod.default ?? mod) as new (options: object) => { compile(schema: object): ValidateFunction };
}

/** Validates a parsed configuration; the errors are ajv's, all of them. */
export function validateConfig(data: unknown): ErrorObject[] {
  if (!validator) {
    const Ajv = ajvClass();
    validator = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** The rule ids the schema names (the registry's, when the schema is up to date). */
export function schemaRuleIds(): string[] {
  const rules = (configSchema()['properties'] as Record<string, { properties?: Record<string, unknown> }>)['rules'];
  return Object.keys(rules?.properties ?? {});
}
