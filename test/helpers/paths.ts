/** Paths of the built artefacts the tests run, found from the repository root. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests are compiled to out/test/...). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const serverBin = path.join(repoRoot, 'bin', 'agreement-lint-server.cjs');
export const cliBin = path.join(repoRoot, 'bin', 'agreement-lint.cjs');
export const docsDir = path.join(repoRoot, 'docs');
export const examplesDir = path.join(repoRoot, 'examples');

/** The folder of public treaty text beside the clone (`../shared`), which CI lays out too. */
export const sharedDir = path.join(repoRoot, '..', 'shared');
