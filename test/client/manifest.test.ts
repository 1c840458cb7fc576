/**
 * The manifest's contributions for the Agreement Review view hold together: the view and its
 * container, the icon the package ships, every command a menu names declared and registered by the
 * client, the inline fix keyed on the context value the tree gives, the welcome message on the view.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

interface Contributes {
  commands: { command: string; title: string; category?: string; icon?: string }[];
  menus: Record<string, { command: string; when?: string; group?: string }[]>;
  viewsContainers?: { activitybar?: { id: string; title: string; icon: string }[] };
  views?: Record<string, { id: string; name: string }[]>;
  viewsWelcome?: { view: string; contents: string }[];
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: Contributes };
const c = pkg.contributes;
const clientSources = fs.readdirSync(path.join(repoRoot, 'client', 'src')).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(repoRoot, 'client', 'src', f), 'utf8')).join('\n');
const VIEW = 'agreementLint.review';

test('the view is in its own activity-bar container, with an icon the package ships', () => {
  const container = c.viewsContainers?.activitybar?.find((x) => x.id === 'agreementLintReview');
  assert.ok(container, 'the activity-bar container');
  assert.equal(container.title, 'Agreement Review');
  const icon = path.join(repoRoot, container.icon);
  assert.ok(fs.existsSync(icon), `${container.icon} exists`);
  assert.match(fs.readFileSync(icon, 'utf8'), /^<svg [^>]*viewBox="0 0 24 24"/, 'a 24×24 SVG');
  const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes(`!${path.dirname(container.icon)}/*.svg`), 'the .vsix keeps the icon (.vscodeignore)');
  assert.deepEqual(c.views?.['agreementLintReview']?.map((v) => [v.id, v.name]), [[VIEW, 'Agreement Review']]);
  assert.match(clientSources, new RegExp(`VIEW_ID = '${VIEW.replace('.', '\\.')}'`), 'the client creates the view under that id');
});

test('every command a menu names is declared, and every declared command is registered by the client', () => {
  const declared = new Set(c.commands.map((x) => x.command));
  for (const [menu, entries] of Object.entries(c.menus)) {
    for (const e of entries) assert.ok(declared.has(e.command), `${menu}: ${e.command} is declared`);
  }
  for (const id of declared) assert.match(clientSources, new RegExp(`registerCommand\\(\\s*'${id.replace(/\./g, '\\.')}'`), `${id} is registered`);
});

test('Export Review Report is in the palette only for a draft, and in the view\'s title bar', () => {
  const cmd = c.commands.find((x) => x.command === 'agreementLint.exportReviewReport');
  assert.deepEqual([cmd?.category, cmd?.title], ['Agreement Lint', 'Export Review Report']);
  const palette = c.menus['commandPalette']?.find((x) => x.command === 'agreementLint.exportReviewReport');
  assert.ok(palette?.when?.includes('editorLangId == agreement'), 'palette only for a draft');
  assert.ok(c.menus['view/title']?.some((x) => x.command === 'agreementLint.exportReviewReport' && x.when?.includes(`view == ${VIEW}`)));
  // The commands the tree's rows run are not offered in the palette.
  for (const id of ['agreementLint.review.applyFix', 'agreementLint.review.reveal']) {
    assert.equal(c.menus['commandPalette']?.find((x) => x.command === id)?.when, 'false', `${id} is hidden from the palette`);
  }
});

test('the inline fix shows on the rows the tree marks fixable', () => {
  const inline = c.menus['view/item/context']?.find((x) => x.group === 'inline');
  assert.equal(inline?.command, 'agreementLint.review.applyFix');
  const m = /viewItem =~ \/(.+)\/$/.exec(inline?.when ?? '');
  assert.ok(m && inline?.when?.includes(`view == ${VIEW}`), inline?.when);
  const re = new RegExp(m[1]!);
  assert.ok(re.test('reviewItem.missing.fixable'));
  for (const other of ['reviewItem.missing', 'reviewItem.present', 'reviewItem.not-applicable', 'reviewProvision.over-restrictive']) assert.ok(!re.test(other), `${other} has no inline fix`);
});

test('the view has a welcome message with a way to open a draft', () => {
  const w = c.viewsWelcome?.find((x) => x.view === VIEW);
  assert.ok(w, 'a welcome message');
  assert.match(w.contents, /\[Open a Draft\]\(command:workbench\.action\.quickOpen\?/);
  const args = decodeURIComponent(/quickOpen\?([^)]+)\)/.exec(w.contents)![1]!);
  assert.deepEqual(JSON.parse(args), ['.agreement.md']);
});
