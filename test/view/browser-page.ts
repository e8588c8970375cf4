// The chain panel's page in headless Debian chromium, as the webview runs it: the HTML from
// page.ts under its Content-Security-Policy, the webview bundle (dist/chain-view.js), the
// style from media/, VS Code's theme variables, and a stand-in for acquireVsCodeApi that keeps
// what the page posts. Resources are served by request interception from one made-up origin.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ChainView } from '../../server/src/protocol';
import { chainPageHtml } from '../../client/src/chain-view/page';
import type { WebviewMessage } from '../../client/src/chain-view/messages';
import { REPO_ROOT } from '../support/fixtures';
import { CHROMIUM_ARGS } from '../e2e/code-server/workbench';
import { assertInstalled, type RequiredTool } from '../support/required-tool';
import { themeCss, type Theme } from './themes';

export const CHROMIUM: RequiredTool = { name: 'chromium', path: process.env.CTXLENS_CHROMIUM ?? '/usr/bin/chromium', installedBy: 'scripts/setup-e2e.sh' };
const ORIGIN = 'http://ctxlens.invalid';
const NONCE = 'dGVzdC1ub25jZS0xMjM0';

/** The webview bundle `node esbuild.mjs` builds (scripts/test.sh builds it before the tests). */
function webviewScript(): string {
  const file = path.join(REPO_ROOT, 'dist', 'chain-view.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run node esbuild.mjs first`);
  return fs.readFileSync(file, 'utf8');
}

/** The panel's page plus, under the same nonce, the theme and the acquireVsCodeApi stand-in. */
function pageHtml(theme: Theme): string {
  const html = chainPageHtml({ cspSource: ORIGIN, nonce: NONCE, scriptUri: `${ORIGIN}/dist/chain-view.js`, styleUri: `${ORIGIN}/media/chain-view.css` });
  const host =
    `<style nonce="${NONCE}">${themeCss(theme)}</style>\n` +
    `<script nonce="${NONCE}">document.body.className = ${JSON.stringify(theme.bodyClass)}; window.posted = []; ` +
    'window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m) });</script>\n';
  const at = html.indexOf('<script nonce=');
  return html.slice(0, at) + host + html.slice(at);
}

export class ChainPage {
  /** Content-Security-Policy violations and page errors seen so far. */
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.push(error.message));
  }

  static async open(browser: Browser, theme: Theme, width = 1100): Promise<ChainPage> {
    // A low viewport: full-page screenshots then take the content's height.
    const page = await browser.newPage({ viewport: { width, height: 120 }, deviceScaleFactor: 2 });
    const chainPage = new ChainPage(page);
    const script = webviewScript();
    const style = fs.readFileSync(path.join(REPO_ROOT, 'media/chain-view.css'), 'utf8');
    const html = pageHtml(theme);
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
      if (url.pathname === '/dist/chain-view.js') return route.fulfill({ contentType: 'text/javascript', body: script });
      if (url.pathname === '/media/chain-view.css') return route.fulfill({ contentType: 'text/css', body: style });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => (window as unknown as { posted: WebviewMessage[] }).posted.some((m) => m.type === 'ready'));
    return chainPage;
  }

  /** Sends the chain as the panel does, and waits until it is drawn. */
  async show(chain: ChainView): Promise<void> {
    await this.page.evaluate((c) => window.postMessage({ type: 'chain', chain: c }, '*'), chain);
    await this.page.waitForSelector('ol.chain');
  }

  posted(): Promise<WebviewMessage[]> {
    return this.page.evaluate(() => (window as unknown as { posted: WebviewMessage[] }).posted);
  }

  /** A screenshot of the whole page (its height follows the content). */
  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, fullPage: true });
  }
}

export function launchChromium(): Promise<Browser> {
  // Loaded at run time from node_modules rather than bundled into the test file.
  assertInstalled(CHROMIUM);
  const { chromium } = createRequire(__filename)('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM.path, args: CHROMIUM_ARGS });
}
