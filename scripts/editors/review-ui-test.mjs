// The review UI test (issue 19), in two parts, both driven by playwright-core in Debian's headless
// Chromium:
//   1. the HTML review report that `agreement-lint report` writes for the example draft, opened from
//      disk: no console error, no request leaves the file (every other request is refused and
//      counted), it prints to PDF, and a screenshot;
//   2. the "Agreement Review" view in the workbench (code-server with the packaged .vsix): the view
//      opens from the activity bar, lists the checklists with their icons, a missing element's
//      inline fix edits the draft and the element turns present; screenshots.
// Screenshots go to .test-output/editors/screenshots/ and, when every check passes and
// AGREEMENT_LINT_UPDATE_SCREENSHOTS=1 is set, to docs/screenshots/ (review-report.png, review-view.png).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checklist, tally,
  EXAMPLE_NAME, installVsix, OUTPUT, ROOT, ensureCodeServer, keepLogs, launchChromium, log, makeWorkspace, mkdirp, removeWorkspace, run, sleep,
  startCodeServer, tempDir, writeResult,
} from './lib.mjs';
import { packageVsix } from './ui-test.mjs';

const SHOTS = mkdirp(path.join(OUTPUT, 'screenshots'));
const DOC_SHOTS = path.join(ROOT, 'docs', 'screenshots');
const STEP_MS = 30_000;
const EXAMPLE = path.join(ROOT, 'examples', EXAMPLE_NAME);
const TITLE = 'Arrangement on the Exchange of Terrorism Screening Information';

export async function reviewUiTest() {
  const { checks, skips, check, skip } = checklist();
  const shots = [];
  const base = tempDir('review-ui');
  try {
    await reportPart({ base, check, skip, shots });
    await viewPart({ base, check, skip, shots });
  } catch (e) {
    check('the review UI test ran to its end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  fs.rmSync(base, { recursive: true, force: true });
  const result = tally(checks, skips);
  if (result.failed === 0 && process.env.AGREEMENT_LINT_UPDATE_SCREENSHOTS === '1') {
    mkdirp(DOC_SHOTS);
    for (const n of shots) fs.copyFileSync(path.join(SHOTS, `${n}.png`), path.join(DOC_SHOTS, `${n}.png`));
  }
  writeResult('review-ui', result);
  return result;
}

/** Part 1: the HTML report opened from disk. */
async function reportPart({ base, check, skip, shots }) {
  const report = path.join(base, 'screening-information.review.html');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'agreement-lint.cjs'), 'report', EXAMPLE, '--format', 'html', '-o', report], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 || !fs.existsSync(report)) {
    // Before the `report` subcommand exists the CLI reads "report" as a file it cannot find.
    skip('the HTML review report in Chromium', 'the `agreement-lint report` subcommand');
    return;
  }
  check('`agreement-lint report --format html -o FILE` writes the report', fs.statSync(report).size > 1000, `exit ${r.status}`);
  const browser = await launchChromium(base);
  try {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1 });
    const outside = [];
    // Everything but the file itself is refused and counted: the report must need nothing else.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (q) => {
      if (!q.url().startsWith('file:') && !outside.includes(q.url())) outside.push(q.url());
    });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load', timeout: STEP_MS });
    await page.waitForLoadState('networkidle', { timeout: STEP_MS }).catch(() => {});
    const text = await page.locator('body').innerText();
    check('the report names the draft', text.includes(TITLE), text.slice(0, 120));
    check('the report shows the checklists', /privacy|personal data/i.test(text) && /classified/i.test(text) && /dissemination/i.test(text));
    check('the report opens with no console error', errors.length === 0, errors.join(' | ').slice(0, 300));
    check('the report asks for nothing outside the file', outside.length === 0, outside.slice(0, 5).join(' '));
    const scripts = await page.locator('script').count();
    check('the report has no script', scripts === 0, `${scripts} script element(s)`);
    await page.screenshot({ path: path.join(SHOTS, 'review-report.png') });
    shots.push('review-report');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(OUTPUT, 'review-report.pdf'), pdf);
    check('the report prints to PDF', pdf.length > 5000 && pdf.subarray(0, 5).toString() === '%PDF-', `${pdf.length} bytes`);
    await context.close();
  } finally {
    await browser.close().catch(() => {});
  }
}

/** Part 2: the view in the workbench. */
async function viewPart({ base, check, skip, shots }) {
  ensureCodeServer();
  const vsix = packageVsix();
  const ws = makeWorkspace('review-ui-ws');
  const draft = path.join(ws, EXAMPLE_NAME);
  const original = fs.readFileSync(draft, 'utf8');
  const { userDataDir, extensionsDir } = installVsix(base, vsix, 'review-install-extension');
  const server = await startCodeServer({ base, userDataDir, extensionsDir, logName: 'code-server-review-ui' });
  let browser;
  let page;
  let ok = false;
  try {
    log(`code-server ${server.url} (process group ${server.pid}) for the review UI test`);
    browser = await launchChromium(base);
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const consoleLog = fs.createWriteStream(path.join(OUTPUT, 'review-ui-console.log'));
    page.on('console', (m) => consoleLog.write(`${m.type()}: ${m.text()}\n`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 }).catch(() => {});
    await sleep(1500);

    // The view opens from its icon in the activity bar; with no draft open it says how to open one,
    // and its button opens Quick Open on the drafts.
    const icon = page.locator('.part.activitybar [aria-label^="Agreement Review"]').first();
    check('the Agreement Review icon is in the activity bar', await icon.waitFor({ timeout: STEP_MS }).then(() => true, () => false));
    await icon.click();
    const welcome = page.locator('.part.sidebar .welcome-view-content');
    const button = welcome.getByRole('button', { name: 'Open a Draft' });
    const welcomed = await button.waitFor({ timeout: STEP_MS }).then(() => true, () => false);
    check('with no draft open, the view shows its welcome and a button to open a draft', welcomed && /agreement draft/.test(await welcome.innerText()));
    await page.screenshot({ path: path.join(SHOTS, 'review-view-welcome.png') });
    if (welcomed) await button.click();
    else await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_MS });
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: EXAMPLE_NAME }).first();
    const listed = await pick.waitFor({ timeout: STEP_MS }).then(() => true, () => false);
    if (welcomed) check('the welcome button lists the drafts in Quick Open', listed);
    if (!listed) await page.keyboard.type(EXAMPLE_NAME, { delay: 10 });
    await pick.waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container .monaco-editor').first().waitFor({ timeout: STEP_MS });

    const sidebar = page.locator('.part.sidebar');
    const rows = sidebar.locator('.monaco-list-row');
    await rows.first().waitFor({ timeout: STEP_MS }).catch(() => {});
    const unavailable = sidebar.locator('.monaco-list-row', { hasText: 'does not offer the review' });
    const summary = sidebar.locator('.monaco-list-row', { hasText: 'Summary' });
    const which = await Promise.race([
      summary.first().waitFor({ timeout: 45_000 }).then(() => 'review'),
      unavailable.first().waitFor({ timeout: 45_000 }).then(() => 'unavailable'),
    ]).catch(() => 'nothing');
    if (which === 'unavailable') {
      check('the view says that the language server does not offer the review', true);
      await page.screenshot({ path: path.join(SHOTS, 'review-view-unavailable.png') });
      skip('the review in the view', 'the agreementLint/review request in the language server');
      ok = true;
      return;
    }
    check('the view shows the review of the active draft', which === 'review');
    await widenSidebar(page, 560);
    const labels = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    check('the view lists the summary, checklists, provisions and flows', ['Summary', 'Dissemination provisions', 'Information flows'].every((l) => labels.some((t) => t.startsWith(l))), labels.join(' | ').slice(0, 300));
    check('elements show as present, missing or not applicable', (await sidebar.locator('.monaco-list-row .codicon-warning').count()) > 0, 'no missing element is shown');

    // The element the test fixes: the first missing privacy element with a fix, as the core reviews
    // the example (its standard Protection of Personal Data article supplies every privacy element).
    const core = await import(pathToFileURL(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js')).href);
    const items = core.reviewDraft(original).review.checklists.flatMap((c) => c.items);
    const target = items.find((i) => i.id.startsWith('privacy/') && i.state === 'missing' && i.fix) ?? items.find((i) => i.fix);
    if (!target) {
      await page.screenshot({ path: path.join(SHOTS, 'review-view.png') });
      shots.push('review-view');
      skip('the inline fix in the view', 'a missing element with a fix in the review of the example');
      ok = true;
      return;
    }
    const row = sidebar.locator('.monaco-list-row', { hasText: target.label }).first();
    // A click selects the row and takes the editor to the finding whose fix supplies the element.
    await row.click();
    const findingLine = original.slice(0, target.fix.span.start).split('\n').length;
    const status = page.locator('.statusbar');
    const jumped = await (async () => {
      for (let i = 0; i < 50; i++) {
        if (new RegExp(`Ln ${findingLine},`).test(await status.innerText())) return true;
        await sleep(200);
      }
      return false;
    })();
    check('a click on a missing element selects its finding in the editor', jumped, (await status.innerText()).replace(/\s+/g, ' ').slice(0, 120));
    const wand = row.locator('.action-label.codicon-lightbulb-autofix');
    check('the missing element has the inline fix action', await wand.waitFor({ state: 'attached', timeout: 5000 }).then(() => true, () => false));
    await row.hover();
    await sleep(200);
    await page.mouse.move(1000, 980); // away from the rows, so no tooltip covers them
    await sleep(400);
    await page.screenshot({ path: path.join(SHOTS, 'review-view.png') });
    shots.push('review-view');
    await row.hover();
    await wand.click();
    const deadline = Date.now() + STEP_MS;
    let turned = false;
    while (Date.now() < deadline && !turned) {
      turned = (await sidebar.locator('.monaco-list-row', { hasText: target.label }).locator('.codicon-pass').count()) > 0;
      if (!turned) await sleep(200);
    }
    check(`the inline fix makes "${target.label}" present`, turned);
    await page.keyboard.press('Control+S');
    await sleep(500);
    const saved = fs.readFileSync(draft, 'utf8');
    check('the fix inserted the standard article into the draft', saved !== original && saved.length > original.length);
    await page.mouse.move(1000, 980);
    await sleep(400);
    await page.screenshot({ path: path.join(SHOTS, 'review-view-after-fix.png') });
    ok = true;
  } catch (e) {
    check('the review view test ran to its end', false, e instanceof Error ? e.message.split('\n')[0] : String(e));
    await page?.screenshot({ path: path.join(SHOTS, 'review-failure.png') }).catch(() => {});
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
    if (ok) removeWorkspace(ws);
    else {
      keepLogs(userDataDir, 'review-ui-workbench-logs');
      log(`review UI test failed: screenshots in ${SHOTS}, logs in ${OUTPUT}, workspace kept at ${ws}`);
    }
  }
}

/** Drags the sash between the side bar and the editor so the view's descriptions are readable. */
async function widenSidebar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await sleep(300);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const r = await reviewUiTest();
  console.log(`review ui test: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  process.exit(r.failed > 0 ? 1 : 0);
}
