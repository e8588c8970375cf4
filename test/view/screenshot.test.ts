// The chain panel's page in a real browser (headless Debian chromium): it renders the example
// workspace's server chain under its Content-Security-Policy with no errors, posts clicks and
// Enter back, keeps hostile names inert, and leaves screenshots in test-results/.
// UPDATE_SCREENSHOT=1 also writes docs/images/chain-view.png (the README's picture).
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../support/fixtures';
import { skipWithout } from '../support/required-tool';
import { CHROMIUM, ChainPage, launchChromium } from './browser-page';
import { EXAMPLE_CHAINS } from './example-chains';
import { hostileChain, richChain } from './sample-chains';
import { DARK_MODERN, LIGHT_MODERN } from './themes';

const RESULTS = path.join(REPO_ROOT, 'test-results', 'view');
const README_IMAGE = path.join(REPO_ROOT, 'docs', 'images', 'chain-view.png');

const exampleServer = EXAMPLE_CHAINS.find((c) => c.kind === 'server')!;

describe('chain view in chromium', { skip: skipWithout(CHROMIUM) }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  test('the example server chain: both streams drawn in order, no CSP or script errors', async () => {
    const view = await ChainPage.open(browser, DARK_MODERN);
    await view.show(exampleServer);
    const lists = await view.page.$$eval('ol.chain', (ols) =>
      ols.map((ol) => [...ol.children].map((li) => li.textContent?.trim().split(/\s+/).slice(0, 3).join(' '))),
    );
    assert.equal(lists.length, 2);
    assert.deepEqual(
      lists.map((items) => items.length),
      [exampleServer.unary.length + 2, exampleServer.stream.length + 2],
    );
    assert.equal(lists[0]![0], 'client');
    assert.equal(lists[0]!.at(-1), 'handler');
    assert.match(lists[0]![1]!, /interceptors\.Logging/);
    assert.match(lists[0]![2]!, /interceptors\.Auth/);
    // The cards have a real size: the style sheet loaded under the CSP.
    const box = await view.page.locator('li.node .card').first().boundingBox();
    assert.ok(box && box.width > 200 && box.height > 40, `card box ${JSON.stringify(box)}`);
    assert.deepEqual(view.problems, []);
    await view.screenshot(path.join(RESULTS, 'chain-view-dark.png'));
    if (process.env.UPDATE_SCREENSHOT) await view.screenshot(README_IMAGE);
  });

  test('every feature in the light theme: zone, unknown, conditional, library, findings', async () => {
    const view = await ChainPage.open(browser, LIGHT_MODERN);
    await view.show(richChain());
    assert.equal(await view.page.locator('li.outside-recovery').count(), 2);
    assert.equal(await view.page.locator('li.unresolved').count(), 1);
    assert.equal(await view.page.locator('li.conditional').count(), 1);
    assert.equal(await view.page.locator('.zone-label').count(), 1);
    assert.deepEqual(view.problems, []);
    await view.screenshot(path.join(RESULTS, 'chain-view-light.png'));
  });

  test('a click on a node or a link, and Enter on a focused node, post what to open', async () => {
    const view = await ChainPage.open(browser, DARK_MODERN);
    await view.show(exampleServer);
    await view.page.locator('li.node .name').first().click();
    await view.page.locator('li.node button.link').nth(1).click();
    await view.page.locator('li.node').nth(1).focus();
    await view.page.keyboard.press('Enter');
    await view.page.locator('button[data-command="copyMermaid"]').click();
    const posted = (await view.posted()).filter((m) => m.type !== 'ready');
    assert.deepEqual(
      posted.map((m) => m.type),
      ['open', 'open', 'open', 'command'],
    );
    assert.ok(posted.slice(0, 3).every((m) => m.type === 'open' && Number.isInteger(m.index)));
  });

  test('hostile names stay text: no element, no script, the text shown as written', async () => {
    const view = await ChainPage.open(browser, DARK_MODERN);
    await view.show(hostileChain());
    assert.equal(await view.page.locator('img').count(), 0);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (the rendered text), not the DOM property
    const text = await view.page.locator('main').innerText();
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the hostile text is shown literally');
    assert.deepEqual(view.problems, []);
  });
});
