/** Settings of the server, read per document through `workspace/configuration`. */
import { parseSeveritySettings, type SeveritySetting } from '../core/index.js';

/** The settings that apply to one document. */
export interface Settings {
  include: string[];
  debounceMs: number;
  rules: Record<string, SeveritySetting>;
  /** Drafts larger than this many kilobytes (UTF-8) are not reviewed; one diagnostic says why. */
  maxFileSizeKB: number;
  /** `agreementLint.fixes.asTrackedChanges`: propose every fix as CriticMarkup instead of editing. */
  fixesAsTrackedChanges: boolean;
  /** `agreementLint.handlingCaveats`: national handling caveats accepted besides TLP 2.0. */
  handlingCaveats: string[];
  /** `agreementLint.codeLens.findingCounts`: a count of findings on each Article and Annex heading (off by default). */
  findingCountLens: boolean;
}

export const defaultSettings: Settings = { include: [], debounceMs: 150, rules: {}, maxFileSizeKB: 4096, fixesAsTrackedChanges: false, handlingCaveats: [], findingCountLens: false };

/**
 * Reads the `agreementLint` section as the client sent it. A broken value falls back to its
 * default and is described in `problems`; it never stops the review.
 */
export function readSettings(value: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, rules: {}, handlingCaveats: [] };
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
  // VS Code sends `fixes.asTrackedChanges` nested; other clients may send the dotted key.
  const fixes = v['fixes'];
  const tracked = fixes && typeof fixes === 'object' && !Array.isArray(fixes) ? (fixes as Record<string, unknown>)['asTrackedChanges'] : v['fixes.asTrackedChanges'];
  if (tracked !== undefined && tracked !== null) {
    if (typeof tracked === 'boolean') settings.fixesAsTrackedChanges = tracked;
    else problems.push('The setting agreementLint.fixes.asTrackedChanges must be true or false; false is used.');
  }
  if (v['handlingCaveats'] !== undefined && v['handlingCaveats'] !== null) {
    const c = v['handlingCaveats'];
    if (Array.isArray(c) && c.every((x) => typeof x === 'string')) settings.handlingCaveats = c.map((x: string) => x.trim()).filter(Boolean);
    else problems.push('The setting agreementLint.handlingCaveats must be a list of handling caveats (for example "LES"); it was ignored.');
  }
  const lens = v['codeLens'];
  const counts = lens && typeof lens === 'object' && !Array.isArray(lens) ? (lens as Record<string, unknown>)['findingCounts'] : v['codeLens.findingCounts'];
  if (counts !== undefined && counts !== null) {
    if (typeof counts === 'boolean') settings.findingCountLens = counts;
    else problems.push('The setting agreementLint.codeLens.findingCounts must be true or false; false is used.');
  }
  const r = parseSeveritySettings(v['rules']);
  settings.rules = r.rules;
  problems.push(...r.problems.map((p) => p.replace('The "rules" setting', 'The setting agreementLint.rules')));
  return { settings, problems };
}
