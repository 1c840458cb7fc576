/**
 * The real agreements beside the clone: the treaties converted to drafts in ../shared/treaties
 * and the whole agreements of ../shared/corpus. Their text is read here at run time and never
 * copied into the project. Without ../shared (a user's clone), `missing` says why the tests that
 * need them are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from './paths.js';

/** One real agreement: its file name and text. */
export interface RealAgreement {
  name: string;
  file: string;
  text: string;
}

let cached: RealAgreement[] | undefined;

/** Every real agreement, treaties first, by file name; empty when ../shared is absent. */
export function realAgreements(): RealAgreement[] {
  if (cached) return cached;
  const read = (dir: string, suffix: string): RealAgreement[] => {
    const at = path.join(sharedDir, dir);
    if (!fs.existsSync(at)) return [];
    return fs
      .readdirSync(at)
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => ({ name: f.replace(/\.(?:agreement\.)?md$/, ''), file: path.join(at, f), text: fs.readFileSync(path.join(at, f), 'utf8') }));
  };
  cached = [...read('treaties', '.agreement.md'), ...read('corpus', '.md').filter((a) => a.name.startsWith('agreement-'))];
  return cached;
}

/** Why the real-text tests cannot run here, or undefined when they can. */
export function missingRealText(): string | undefined {
  return realAgreements().length ? undefined : `no real agreements at ${sharedDir} (../shared beside the clone); real-text tests skipped`;
}

/** The drafting-hygiene rules judged on real text (test/realtext/expected/). */
export const hygieneRules = new Set(['duplicate-or-skipped-number', 'broken-cross-reference', 'undefined-term', 'unused-term', 'duplicate-definition']);
