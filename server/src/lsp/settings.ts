/** Settings of the server, read per document through `workspace/configuration`. */
import { parseSeveritySettings, type SeveritySetting } from '../core/index.js';

/** The settings that apply to one document. */
export interface Settings {
  include: string[];
  debounceMs: number;
  rules: Record<string, SeveritySetting>;
  /** Drafts larger than this many kilobytes (UTF-8) are not reviewed; one diagnostic says why. */
  maxFileSizeKB: number;
}

export const defaultSettings: Settings = { include: [], debounceMs: 150, rules: {}, maxFileSizeKB: 4096 };

/**
 * Reads the `agreementLint` section as the client sent it. A broken value falls back to its
 * default and is described in `problems`; it never stops the review.
 */
export function readSettings(value: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, rules: {} };
  if (value === null || value === undefined) return { settings, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('The agreementLint settings are not an object; the defaults are used.');
    return { settings, problems };
  }
  const v = value as Record<string, unknown>;
  if (v['include'] !== undefined) {
    if (Array.isArray(v['include']) && v['include'].every((x) => typeof x === 'string')) settings.include = v['include'] as string[];
    else problems.push('The setting agreementLint.include must be a list of glob patterns; it was ignored.');
  }
  if (v['debounceMs'] !== undefined) {
    const n = v['debounceMs'];
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) settings.debounceMs = Math.min(n, 10_000);
    else problems.push(`The setting agreementLint.debounceMs must be a number of milliseconds, 0 or more; ${defaultSettings.debounceMs} is used.`);
  }
  if (v['maxFileSizeKB'] !== undefined) {
    const n = v['maxFileSizeKB'];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) settings.maxFileSizeKB = n;
    else problems.push(`The setting agreementLint.maxFileSizeKB must be a number of kilobytes above 0; ${defaultSettings.maxFileSizeKB} is used.`);
  }
  const r = parseSeveritySettings(v['rules']);
  settings.rules = r.rules;
  problems.push(...r.problems.map((p) => p.replace('The "rules" setting', 'The setting agreementLint.rules')));
  return { settings, problems };
}
