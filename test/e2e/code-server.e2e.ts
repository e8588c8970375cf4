// The packaged extension in real VS Code (code-server), run with `node --test` by scripts/e2e.sh:
//  1. installs the .vsix and the test-driver extension (driver/) with code-server's CLI;
//  2. opens a copy of examples/ in Chromium: the driver runs suite/ in the extension host and
//     writes its results, reported here one test each;
//  3. checks what a person sees in another copy: the Problems panel, the light bulb fix, the
//     directive highlighting, the chain code lens, the chain panel from the command palette
//     (new checks: a test with inWindow(); workbench.ts has the palette and the webview frames).
// Screenshots go to test-results/e2e/. Environment: CTXLENS_E2E_CACHE (from setup-e2e.sh),
// CTXLENS_VSIX (default: the package `npm run package` wrote).
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { checkPaths } from '../../server/src/engine/run/check';
import { findingsOfChain } from '../../server/src/engine/chains/findings';
import { loadConfigFile } from '../../server/src/engine/config/config-file';
import type { Finding } from '../../server/src/engine/types';
import { constructorLensTitle } from '../../server/src/features/code-lens';
import { applyEdits } from '../support/apply-edits';
import { untilFile } from './code-server/files';
import { CodeServer, codeServerIn } from './code-server/server';
import { CHROMIUM_ARGS, VIEWPORT, goTo, openFile, openFolder, pickItem, runCommand, startCommand, webviewContent } from './code-server/workbench';
import type { E2EResult } from './suite';

const REPO = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(REPO, 'test-results', 'e2e');
const SUITE_TIMEOUT_MS = 8 * 60_000;

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const vsix = process.env.CTXLENS_VSIX ?? path.join(REPO, `${manifest.name}-${manifest.version}.vsix`);
const cache = process.env.CTXLENS_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'ctxlens-e2e');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-e2e-'));
const suiteWorkspace = copyExamples('suite');
const uiWorkspace = copyExamples('ui');
const results = path.join(scratch, 'results.json');
const server = new CodeServer(codeServerIn(cache), path.join(scratch, 'code-server'));
let serverUrl = '';
let browser: Browser | undefined;

function copyExamples(name: string): string {
  const target = path.join(scratch, 'workspaces', name, 'examples');
  fs.cpSync(path.join(REPO, 'examples'), target, { recursive: true });
  return target;
}

/** The driver extension packed as a .vsix, so it installs like any extension. */
function packDriver(): string {
  const out = path.join(scratch, 'ctxlens-e2e-driver.vsix');
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: path.join(REPO, 'test', 'e2e', 'driver'),
    stdio: 'ignore',
  });
  return out;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** A screenshot of the part of the page `locator` covers (nested webview frames included). */
async function screenshotOf(page: Page, locator: Locator, name: string): Promise<void> {
  const box = await locator.boundingBox();
  assert.ok(box, `${name}: the element is on screen`);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box });
}

/** Runs a check in a fresh browser window; a failing check leaves `<name>-failed.png`. */
async function inWindow<T>(name: string, check: (page: Page) => Promise<T>): Promise<T> {
  assert.ok(browser);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    return await check(page);
  } catch (error) {
    await screenshot(page, `${name}-failed`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

before(async () => {
  assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server.installExtension(vsix);
  server.installExtension(packDriver());
  const log = fs.createWriteStream(path.join(ARTIFACTS, 'code-server.log'));
  serverUrl = await server.start(
    {
      ...process.env,
      CTXLENS_E2E_WORKSPACE: suiteWorkspace,
      CTXLENS_E2E_SUITE: path.join(__dirname, 'suite', 'index.js'),
      CTXLENS_E2E_RESULTS: results,
    },
    log,
  );
  browser = await chromium.launch({ executablePath: process.env.CTXLENS_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('the suite in the extension host of code-server', async (t) => {
  const report = await inWindow('suite-window', async (page) => {
    await openFolder(page, serverUrl, suiteWorkspace);
    const text = await untilFile(results, (written) => written.length > 0, SUITE_TIMEOUT_MS, 'the suite results');
    await screenshot(page, 'suite-window');
    return JSON.parse(text) as { tests: E2EResult[]; error?: string };
  });
  assert.equal(report.error, undefined, report.error);
  assert.ok(report.tests.length > 0, 'the suite ran tests');
  for (const result of report.tests) {
    await t.test(result.title, (sub) => {
      if (result.state === 'pending') return sub.skip();
      assert.equal(result.state, 'passed', result.error);
    });
  }
});

async function engineFindings(root: string): Promise<Finding[]> {
  return (await checkPaths([root], loadConfigFile(root).config, root)).findings;
}

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

test('the Problems panel lists the findings of the example workspace', async () => {
  // The Problems panel leaves out hints; they show in the editor only.
  const shown = (await engineFindings(uiWorkspace)).filter((f) => f.severity !== 'hint');
  assert.ok(shown.length > 0);
  const labels = shown.map(
    (f) =>
      `${SEVERITY_LABELS[f.severity as keyof typeof SEVERITY_LABELS]}: ${f.message} at line ${f.range.start.line + 1} and character ${f.range.start.character + 1}`,
  );
  const missing = await inWindow('problems-panel', async (page) => {
    await openFolder(page, serverUrl, uiWorkspace);
    await page.keyboard.press('Control+Shift+M');
    await runCommand(page, 'View: Toggle Maximized Panel');
    await page.locator(`#markers-panel-arialabel[aria-label="Showing ${shown.length} problems"]`).waitFor({ state: 'attached', timeout: 120_000 });
    const absent = await page
      .waitForFunction(
        (expected) => {
          const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? '');
          const notShown = expected.filter((label) => !rows.some((row) => row.startsWith(label)));
          return notShown.length === 0 ? true : undefined;
        },
        labels,
        { timeout: 30_000 },
      )
      .then(() => [])
      .catch(async () => {
        const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((all) => all.map((row) => row.getAttribute('aria-label')));
        return labels.filter((label) => !rows.some((row) => row?.startsWith(label)));
      });
    await screenshot(page, 'problems-panel');
    return absent;
  });
  assert.deepEqual(missing, [], 'rows missing from the Problems panel');
});

test('the light bulb quick fix (Ctrl+.) changes the file', async () => {
  const finding = (await engineFindings(uiWorkspace)).find((f) => f.fixes.length > 0 && f.fixes[0]!.edits.every((e) => e.file === f.file));
  assert.ok(finding, 'the example workspace has a fixable finding');
  const fix = finding.fixes[0]!;
  const expected = applyEdits(fs.readFileSync(finding.file, 'utf8'), fix.edits);
  await inWindow('light-bulb-fix', async (page) => {
    await openFolder(page, serverUrl, uiWorkspace);
    await openFile(page, path.relative(uiWorkspace, finding.file));
    // Squiggles on the line say the server has analysed the open file; then the cursor moves onto the finding.
    await goTo(page, finding.range.start.line + 1, 1);
    await page.locator('.monaco-editor .view-overlays [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await goTo(page, finding.range.start.line + 1, finding.range.start.character + 1);
    // Ctrl+. opens the light bulb's menu. (Headless, the bulb does not appear by itself on
    // cursor moves in code-server 4.139, so the test asks for it as a keyboard user does; the
    // bulb icon itself was seen to stay hidden on a line under a code lens, so the menu is what counts.)
    // Chain findings come from the workspace rules, which follow the file's own diagnostics
    // once the scan is done: a menu opened before then lacks the fix, so it is asked again.
    const item = page.locator('.action-widget .monaco-list-row', { hasText: fix.title });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 12) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await screenshot(page, 'light-bulb-fix');
    await item.click();
    await page.keyboard.press('Control+S');
    await untilFile(finding.file, (text) => text === expected, 60_000, 'the fixed file on disk');
    await screenshot(page, 'after-fix');
  });
});

test('//ctxlens:ignore directives are highlighted in Go comments', async () => {
  const file = path.join(uiWorkspace, 'highlight', 'directive.go');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'package highlight\n\n//ctxlens:ignore ctx-nil the caller never passes nil\nvar _ = 0\n');
  const colours = await inWindow('directive-highlight', async (page) => {
    await openFolder(page, serverUrl, uiWorkspace);
    await openFile(page, 'highlight/directive.go');
    const line = page.locator('.view-line', { hasText: 'ctxlens:ignore' });
    await line.waitFor();
    // Tokens are spans; their colours come from the theme's rules for the grammar's scopes.
    // The line is first drawn as one comment token: wait until the injection grammar split it.
    const token = (text: string) => line.locator('span > span', { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first();
    const colourOf = (text: string) =>
      line
        .locator('span > span', { hasText: text })
        .first()
        .evaluate((span) => getComputedStyle(span).color);
    await token('ctxlens:ignore').waitFor({ timeout: 60_000 });
    await token('ctx-nil').waitFor({ timeout: 60_000 });
    await screenshot(page, 'directive-highlight');
    return { slashes: await colourOf('//'), keyword: await colourOf('ctxlens:ignore'), rule: await colourOf('ctx-nil'), reason: await colourOf('the caller') };
  });
  assert.notEqual(colours.keyword, colours.slashes, 'the directive keyword stands out from the comment');
  assert.notEqual(colours.rule, colours.slashes, 'the rule id stands out from the comment');
  assert.notEqual(colours.rule, colours.keyword, 'the rule id and the keyword differ');
});

/** Code lens titles as text: the editor renders their spaces as no-break spaces. */
const lensText = (text: string) => text.replace(/\u00a0/g, ' ').trim();

test('the code lens above grpc.NewServer shows the chain in the order it runs', async () => {
  const file = 'cmd/server/main.go';
  const { workspace, findings } = await checkPaths([uiWorkspace], loadConfigFile(uiWorkspace).config, uiWorkspace);
  const chain = workspace.chains.find((c) => c.file === path.join(uiWorkspace, file) && c.constructor === 'grpc.NewServer');
  assert.ok(chain, `the engine finds the grpc.NewServer chain of ${file}`);
  const expected = [constructorLensTitle(chain, 'unary', findingsOfChain(chain, findings).length), constructorLensTitle(chain, 'stream', 0)];
  const callLine = chain.range.start.line + 1;
  const seen = await inWindow('code-lens', async (page) => {
    await openFolder(page, serverUrl, uiWorkspace);
    await openFile(page, file);
    await goTo(page, callLine, 1);
    const call = page.locator('.editor-instance .view-line', { hasText: 'grpc.NewServer(' });
    await call.waitFor();
    // A lens is drawn empty first and gets its title once resolved; \s also matches the no-break spaces.
    const lenses = page.locator('.editor-instance .codelens-decoration', { hasText: /unary:\s.*→\shandler/ });
    await lenses.waitFor({ timeout: 120_000 });
    await lenses.locator('a', { hasText: /^stream:\s/ }).waitFor();
    // The refresh after the workspace scan redraws the lenses, empty first: measure once all three are drawn.
    const editor = page.locator('.editor-instance .monaco-editor').first();
    let boxes = await Promise.all([lenses.boundingBox(), call.boundingBox(), editor.boundingBox()]);
    for (const deadline = Date.now() + 30_000; boxes.includes(null) && Date.now() < deadline; ) {
      await page.waitForTimeout(250);
      boxes = await Promise.all([lenses.boundingBox(), call.boundingBox(), editor.boundingBox()]);
    }
    const [lensBox, lineBox, editorBox] = boxes;
    assert.ok(lensBox && lineBox && editorBox, 'the lens, the call and the editor are on screen');
    await screenshot(page, 'code-lens');
    // The lenses and the constructor call below them.
    const shownLines = 8;
    const right = Math.min(editorBox.x + editorBox.width, Math.max(lensBox.x + lensBox.width, editorBox.x + 640) + 16);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'code-lens-region.png'),
      clip: { x: editorBox.x, y: lensBox.y - 4, width: right - editorBox.x, height: lensBox.height + shownLines * lineBox.height + 4 },
    });
    // Read in one go once both titles are there: a refresh (after the workspace scan) redraws the lenses empty first.
    const titles = await page
      .waitForFunction(
        () => {
          for (const decoration of document.querySelectorAll('.editor-instance .codelens-decoration')) {
            const texts = [...decoration.querySelectorAll('a')].map((a) => a.textContent ?? '');
            if (texts.some((t) => /^unary:\s.*→\shandler/.test(t)) && texts.some((t) => /^stream:\s/.test(t))) return texts;
          }
          return null;
        },
        undefined,
        { timeout: 120_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string[]>);
    return { titles: titles.map(lensText), gap: lineBox.y - (lensBox.y + lensBox.height), lineHeight: lineBox.height };
  });
  const unary = seen.titles.find((title) => title.startsWith('unary: '));
  assert.ok(unary, `a unary lens among ${seen.titles.join(' | ')}`);
  assert.match(unary, /interceptors\.Logging → interceptors\.DebugLogging → interceptors\.Auth → handler/);
  assert.ok(
    seen.titles.some((title) => title.startsWith('stream: ')),
    `a stream lens among ${seen.titles.join(' | ')}`,
  );
  assert.deepEqual(seen.titles, expected, 'the lenses read as the engine builds them');
  assert.ok(seen.gap >= -1 && seen.gap < seen.lineHeight, `the lenses sit right above the grpc.NewServer line (gap ${seen.gap}px)`);
});

test('the command palette opens the chain panel', async () => {
  const drawn = await inWindow('chain-panel', async (page) => {
    await openFolder(page, serverUrl, uiWorkspace);
    // The Explorer's gRPC Chains view (collapsed at first) lists the server once the language server has analysed the workspace.
    const chainsHeader = page.locator('.pane-header', { hasText: 'gRPC Chains' });
    if ((await chainsHeader.getAttribute('aria-expanded')) !== 'true') await chainsHeader.click();
    const chainsView = page.locator('.pane', { has: chainsHeader });
    await chainsView.locator('.monaco-list-row', { hasText: 'grpc.NewServer' }).first().waitFor({ timeout: 120_000 });
    await startCommand(page, 'ctxlens: Show Interceptor Chains');
    await pickItem(page, 'Pick a gRPC server or client chain', 'grpc.NewServer');
    const tab = page.locator('.tabs-container .tab', { hasText: 'Chain: grpc.NewServer' });
    await tab.waitFor();
    const unary = webviewContent(page).locator('ol.chain[aria-label^="unary chain of grpc.NewServer"]');
    await unary.locator('li.node').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'chain-panel');
    await screenshotOf(page, page.locator('.editor-group-container', { has: tab }), 'chain-panel-region');
    return { tab: lensText((await tab.locator('.tab-label').textContent()) ?? ''), names: await unary.locator('li.node code.name').allTextContents() };
  });
  assert.ok(drawn.tab.startsWith('Chain: grpc.NewServer'), `the panel's tab: ${drawn.tab}`);
  const logging = drawn.names.indexOf('interceptors.Logging');
  const auth = drawn.names.indexOf('interceptors.Auth');
  assert.ok(logging >= 0 && auth > logging, `interceptors.Logging then interceptors.Auth in ${drawn.names.join(', ')}`);
});
