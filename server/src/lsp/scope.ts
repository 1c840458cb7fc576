/** Decides which open documents are agreement drafts under review. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';

/** True for the `agreement` language and for `*.agreement.md` files, whatever the settings. */
export function isAgreementDocument(uri: string, languageId: string): boolean {
  return languageId === 'agreement' || /\.agreement\.md$/i.test(uri);
}

/** The file-system path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * True when `uri` matches one of the include globs. Relative globs are matched against the path
 * relative to each workspace folder; absolute globs against the absolute path.
 */
export function matchesInclude(uri: string, include: readonly string[], workspaceFolders: readonly string[]): boolean {
  if (include.length === 0) return false;
  const file = uriToPath(uri);
  if (!file) return false;
  const posix = file.split(path.sep).join('/');
  for (const glob of include) {
    let isMatch: (s: string) => boolean;
    try {
      isMatch = picomatch(glob, { dot: true, windows: false });
    } catch {
      continue;
    }
    if (path.isAbsolute(glob)) {
      if (isMatch(posix)) return true;
      continue;
    }
    for (const folder of workspaceFolders) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && isMatch(rel.split(path.sep).join('/'))) return true;
    }
    if (workspaceFolders.length === 0 && isMatch(path.basename(file))) return true;
  }
  return false;
}
