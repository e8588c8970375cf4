// The chain views in VS Code: the code lens, "Show Interceptor Chains" (quick pick, then the
// panel), "Show Chain at Cursor", the exports, and the "gRPC Chains" Explorer view.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceRoot } from './workspace';

const CHAIN_VIEW_TYPE = 'ctxlens.chainView';
const TIMEOUT_MS = 60_000;

/** The label of the open chain panel's tab, if one is open. */
function chainPanelLabel(): string | undefined {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  // VS Code prefixes the view type of extension webviews (`mainThreadWebview-…`).
  return tabs.find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(CHAIN_VIEW_TYPE))?.label;
}

/** Polls (the quick pick and panel have no events an extension can wait on) until probe yields. */
async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function closeChainPanels(): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  await vscode.window.tabGroups.close(tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(CHAIN_VIEW_TYPE)));
}

export function chainsSuite(): void {
  suite('chain views', () => {
    test('ctxlens.showChains: a quick pick of the chains, then the panel draws the picked one', async () => {
      await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
      await closeChainPanels();
      const shown = vscode.commands.executeCommand('ctxlens.showChains');
      // Accepts the first item as soon as the quick pick is up (accepting earlier does nothing).
      const label = await until(async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return chainPanelLabel();
      }, 'the chain panel after the quick pick');
      await shown;
      assert.match(label, /^Chain: grpc\.(NewServer|NewClient|Dial) \S+\.go:\d+$/);
    });

    test('the code lens above grpc.NewServer shows the chain in the order it runs and opens the chain', async () => {
      const main = path.join(workspaceRoot(), 'cmd', 'server', 'main.go');
      const document = await vscode.workspace.openTextDocument(main);
      const line = document
        .getText()
        .split('\n')
        .findIndex((text) => text.includes('grpc.NewServer('));
      const lensesAt = async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
        const titles = lenses.filter((lens) => lens.range.start.line === line && lens.command?.title).map((lens) => lens.command!);
        return titles.length > 0 ? titles : undefined;
      };
      const commands = await until(lensesAt, 'resolved code lenses above grpc.NewServer');
      const unary = commands.find((c) => c.title.startsWith('unary: '));
      assert.ok(unary, `a unary lens among ${commands.map((c) => c.title).join(' | ')}`);
      assert.match(unary.title, /^unary: .*logging.* → .*auth.* → handler/i);
      assert.equal(unary.command, 'ctxlens.showChain');
      assert.ok(
        commands.some((c) => c.title.startsWith('stream: ')),
        'a stream lens',
      );
    });

    test('ctxlens.showChainAtCursor on grpc.NewServer draws the server chain', async () => {
      const main = path.join(workspaceRoot(), 'cmd', 'server', 'main.go');
      const document = await vscode.workspace.openTextDocument(main);
      const line = document
        .getText()
        .split('\n')
        .findIndex((text) => text.includes('grpc.NewServer('));
      assert.ok(line >= 0, 'main.go calls grpc.NewServer');
      const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      const at = new vscode.Position(line, document.lineAt(line).text.indexOf('NewServer'));
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('ctxlens.showChainAtCursor');
      const label = await until(
        () => (chainPanelLabel()?.startsWith('Chain: grpc.NewServer') ? chainPanelLabel() : undefined),
        'the server chain in the panel',
      );
      assert.equal(label, `Chain: grpc.NewServer cmd/server/main.go:${line + 1}`);
    });

    // The clipboard of code-server's browser window needs a permission the test browser does not
    // grant (writeText never settles), so "Copy as Mermaid" is left to the unit tests.
    test('"Open as Markdown" of the chain in the panel: a Markdown editor with the Mermaid block and the list', async () => {
      await vscode.commands.executeCommand('ctxlens.openChainMarkdown');
      const editor = await until(
        () => (vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor : undefined),
        'the Markdown editor',
      );
      const text = editor.document.getText();
      assert.ok(text.startsWith('# server chain: grpc.NewServer\n'), text);
      assert.ok(text.includes('```mermaid\nflowchart TB'));
      assert.match(text, /1\. `interceptors\.Logging`/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('the gRPC Chains view is contributed to the Explorer and opens', async () => {
      await vscode.commands.executeCommand('ctxlens.chains.focus');
      await closeChainPanels();
    });
  });
}
