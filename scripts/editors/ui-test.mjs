// The UI test in the real workbench: code-server with the packaged .vsix installed, driven by
// playwright-core in Debian's headless Chromium. It opens a copy of the example draft, sees the
// squiggle and the Problems panel rows, applies the first quick fix with Ctrl+. and Enter, saves with
// Ctrl+S, checks the file on disk and that the finding is gone, and checks the hover's explanation.
// Screenshots go to .test-output/editors/screenshots/ and, when every check passes and
// AGREEMENT_LINT_UPDATE_SCREENSHOTS=1 is set, to docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checklist, tally,
  EXAMPLE_NAME, installVsix, MISSION_RULES, ROOT, OUTPUT, ensureCodeServer, keepLogs, launchChromium, log, makeWorkspace, removeWorkspace, mkdirp, run,
  sleep, startCodeServer, tempDir, withTimeout, writeResult,
} from './lib.mjs';

const SHOTS = mkdirp(path.join(OUTPUT, 'screenshots'));
const DOC_SHOTS = path.join(ROOT, 'docs', 'screenshots');
const STEP_MS = 30_000;

/** The --baseContentUrl/--baseImagesUrl flags of `npm run package`, so both package alike. */
function linkBase() {
  const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts?.package ?? '';
  const flags = [];
  for (const m of script.matchAll(/(--base(?:Content|Images)Url)[ =](\S+)/g)) flags.push(m[1], m[2]);
  return flags;
}

/** Packages the extension as `npm run package` does (dist/ must be built). */
export function packageVsix() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.cjs'))) throw new Error('dist/ is not built: run `npm run build` first');
  const vsix = path.join(mkdirp(OUTPUT), 'agreement-lint.vsix');
  run(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', ...linkBase(), '--out', vsix], { timeoutMs: 120_000, quiet: true });
  return vsix;
}

export async function uiTest() {
  const { checks, skips, check, skip } = checklist();

  ensureCodeServer();
  const core = await import(pathToFileURL(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js')).href);
  const vsix = packageVsix();
  const base = tempDir('ui');
  const ws = makeWorkspace('ui-ws');
  const draft = path.join(ws, EXAMPLE_NAME);
  const original = fs.readFileSync(draft, 'utf8');
  const { userDataDir, extensionsDir } = installVsix(base, vsix, 'install-extension');
  check('the packaged .vsix installs into code-server', fs.readdirSync(extensionsDir).some((d) => d.startsWith('agreement-lint.agreement-lint-')));

  // The finding the test fixes: the over-restrictive clause when that rule exists, else [PARTNER].
  const findings = core.analyze(original).findings;
  const mission = findings.find((f) => f.ruleId === 'over-restricted-dissemination' && f.fixes.length > 0);
  const partner = findings.find((f) => f.ruleId === 'leftover-placeholder' && original.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character) === '[PARTNER]');
  const target = mission ?? partner;
  if (!mission) skip('quick fix of the over-restrictive clause (the [PARTNER] placeholder is fixed instead)', 'rule over-restricted-dissemination');
  const expected = core.applyEdits(original, target.fixes[0].edits);
  const ruleCount = (text, id) => core.analyze(text).findings.filter((f) => f.ruleId === id).length;

  const server = await startCodeServer({ base, userDataDir, extensionsDir, logName: 'code-server-ui' });
  let browser;
  let page;
  const shot = async (name) => {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  try {
    log(`code-server ${server.url} (process group ${server.pid}) for the UI test`);
    browser = await launchChromium(base);
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const consoleLog = fs.createWriteStream(path.join(OUTPUT, 'ui-console.log'));
    page.on('console', (m) => consoleLog.write(`${m.type()}: ${m.text()}\n`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 }).catch(() => {});
    await sleep(1500);

    // Open the draft through Quick Open, as a reviewer would.
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_MS });
    await page.keyboard.type(EXAMPLE_NAME, { delay: 10 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: EXAMPLE_NAME }).first().waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
    const editor = page.locator('.editor-group-container .monaco-editor').first();
    await editor.waitFor({ timeout: STEP_MS });
    check('the draft opens in an editor', await page.locator('.tab', { hasText: EXAMPLE_NAME }).first().isVisible());

    // Go to the target finding, so it is on screen and under the cursor.
    const line = target.range.start.line + 1;
    const col = target.range.start.character + 1;
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_MS });
    await page.keyboard.type(`${line}:${col}`, { delay: 10 });
    await page.keyboard.press('Enter');
    const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info');
    const squiggled = await squiggles.first().waitFor({ timeout: 45_000 }).then(() => true, () => false);
    check('a squiggle marks the finding in the editor', squiggled);
    await sleep(300);
    await shot('squiggle');

    // Hover: the rule's explanation (the finding's message) and its rule id.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    const hovered = await hover.waitFor({ timeout: STEP_MS }).then(() => true, () => false);
    const hoverText = hovered ? await hover.innerText() : '';
    check('the hover shows the rule\'s explanation', hoverText.includes(target.message.slice(0, 60)) && hoverText.includes(target.ruleId), hoverText.slice(0, 200));
    await shot('hover');
    await page.keyboard.press('Escape');

    // Problems panel: a row for the target and one for each mission rule present.
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: STEP_MS }).catch(() => {});
    await sleep(500);
    await shot('problems-panel');
    // The list is virtual: rows scrolled out of view are not in the page. The panel's filter box
    // narrows it to one rule id, so each rule's rows are all shown.
    const filterBox = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    const rowsOf = async (id) => {
      await filterBox.fill(id);
      await sleep(700); // the filter applies after a short delay
      return (await rows.allInnerTexts()).filter((t) => t.includes(id));
    };
    const targetRows = await rowsOf(target.ruleId);
    check('the Problems panel lists the finding with its rule id', targetRows.some((t) => t.includes(target.message.slice(0, 50))), targetRows.join(' | ').slice(0, 300));
    for (const id of MISSION_RULES) {
      if (!core.getRule(id)) {
        skip(`Problems panel row for ${id}`, `rule ${id}`);
        continue;
      }
      const want = ruleCount(original, id);
      const got = (await rowsOf(id)).length;
      check(`the Problems panel has a row for each ${id} finding`, want > 0 && got === want, `${got} row(s), the core finds ${want}`);
    }
    await filterBox.fill(target.ruleId);

    // Quick fix: back to the editor, Ctrl+. then Enter on the first (preferred) entry, Ctrl+S.
    await page.keyboard.press('Control+1');
    await sleep(300);
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_MS });
    await page.keyboard.type(`${line}:${col}`, { delay: 10 });
    await page.keyboard.press('Enter');
    await sleep(300);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget:visible').first();
    const menuShown = await menu.waitFor({ timeout: STEP_MS }).then(() => true, () => false);
    const menuText = menuShown ? await menu.innerText() : '';
    check('Ctrl+. opens the quick-fix menu with the fix first', menuShown && menuText.split('\n').map((s) => s.trim()).filter((s) => s && !/^(quick fix|more actions\.*)$/i.test(s))[0]?.includes(target.fixes[0].title.slice(0, 40)), menuText.slice(0, 200));
    await shot('quick-fix-menu');
    await page.keyboard.press('Enter');
    await sleep(300);
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + STEP_MS;
    let disk = '';
    while (Date.now() < deadline) {
      disk = fs.readFileSync(draft, 'utf8');
      if (disk === expected) break;
      await sleep(200);
    }
    check('after Ctrl+S the file on disk holds exactly the fix', disk === expected, disk === original ? 'the file is unchanged' : 'the file differs from the expected fix');
    const before = ruleCount(original, target.ruleId);
    const after = ruleCount(expected, target.ruleId);
    const gone = await withTimeout((async () => {
      for (;;) {
        const texts = (await rows.allInnerTexts()).filter((t) => t.includes(target.ruleId));
        if (texts.length === after && !texts.some((t) => t.includes(target.message.slice(0, 50)))) return true;
        await sleep(200);
      }
    })(), STEP_MS, 'the finding to leave the Problems panel').catch(() => false);
    check('the finding is gone from the Problems panel', gone && after < before, `${before} -> ${after} ${target.ruleId} finding(s)`);
    await filterBox.fill('');
    await page.keyboard.press('Control+1');
    await sleep(800);
    await shot('after-fix');
  } catch (e) {
    check('the UI test ran to its end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
    await page?.screenshot({ path: path.join(SHOTS, 'failure.png') }).catch(() => {});
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
  const result = tally(checks, skips);
  if (result.failed === 0) {
    // The README's screenshots are refreshed only when asked: a test run leaves the working copy as it was.
    if (process.env.AGREEMENT_LINT_UPDATE_SCREENSHOTS === '1') {
      mkdirp(DOC_SHOTS);
      for (const n of ['squiggle', 'quick-fix-menu', 'after-fix', 'problems-panel', 'hover']) fs.copyFileSync(path.join(SHOTS, `${n}.png`), path.join(DOC_SHOTS, `${n}.png`));
    }
    removeWorkspace(ws);
  } else {
    keepLogs(userDataDir, 'ui-workbench-logs');
    log(`UI test failed: screenshots in ${SHOTS}, logs in ${OUTPUT}, workspace kept at ${ws}`);
  }
  fs.rmSync(base, { recursive: true, force: true });
  writeResult('ui', result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const r = await uiTest();
  console.log(`ui test: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  process.exit(r.failed > 0 ? 1 : 0);
}
