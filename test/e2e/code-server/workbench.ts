// Driving the VS Code workbench in the browser the way a person does: keyboard shortcuts,
// the command palette, Quick Open. Waits are on the page's own state, never on sleeps.
import type { FrameLocator, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1400, height: 900 };

/** Opens the workbench on a folder and waits until the explorer shows it. */
export async function openFolder(page: Page, serverUrl: string, folder: string): Promise<void> {
  await page.goto(`${serverUrl}?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
}

/** Starts a command by its palette label (F1, type, Enter); the command may open a quick pick of its own. */
export async function startCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Runs a command by its palette label and waits for the palette to close. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await startCommand(page, label);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Clicks the item holding `text` in the quick pick whose placeholder starts with `placeholder`. */
export async function pickItem(page: Page, placeholder: string, text: string): Promise<void> {
  await page.locator(`.quick-input-widget input[placeholder^="${placeholder}"]`).waitFor();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The document inside a webview: code-server nests it in two iframes (the host, then the content). */
export function webviewContent(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Opens a workspace file with Quick Open (Ctrl+P). */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: relativePath.split('/').pop()! })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Puts the cursor at a 1-based line and column (Ctrl+G). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
