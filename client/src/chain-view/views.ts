// The chain views of the extension (panel, Explorer tree, exports) and what the chain
// commands do with them. commands.ts maps the command ids here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChainView, ViewLocation } from '../../../server/src/protocol';
import { CHAIN_TREE_VIEW_ID, ChainTreeProvider } from '../chain-tree';
import { chainPlace, chainSummary, listedPlace } from './chain-text';
import { ChainsSource, toVscodeRange } from './chains-source';
import type { WebviewAction } from './messages';
import { chainMarkdown } from './markdown';
import { orderChains } from './chain-order';
import { ChainPanel } from './panel';

/** A command argument naming a chain: its id (the code lens), or a tree node (context menus). */
function chainIdOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (typeof argument === 'object' && argument !== null && 'chainId' in argument && typeof argument.chainId === 'string') return argument.chainId;
  return undefined;
}

/** Whether the location holds the position; URIs compared in VS Code's spelling (the server's may escape differently). */
function contains(location: ViewLocation, uri: string, position: vscode.Position): boolean {
  return vscode.Uri.parse(location.uri).toString() === uri && toVscodeRange(location.range).contains(position);
}

export class ChainViews implements vscode.Disposable {
  private readonly source: ChainsSource;
  private readonly tree: ChainTreeProvider;
  private readonly disposables: vscode.Disposable[] = [];
  private panel: ChainPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    client: LanguageClient,
  ) {
    this.source = new ChainsSource(client);
    this.tree = new ChainTreeProvider(this.source);
    const view = vscode.window.createTreeView(CHAIN_TREE_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    this.tree.view = view;
    this.disposables.push(this.source, this.tree, view);
  }

  /** "Show Interceptor Chains": a quick pick of every chain, then the panel. */
  async showChains(): Promise<void> {
    const chain = await this.pick(await this.source.all(), 'Pick a gRPC server or client chain to draw');
    if (chain) await this.showChain(chain.id);
  }

  /** The chain whose constructor, or one of whose interceptors, is under the cursor. */
  async showChainAtCursor(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('ctxlens: open a Go file and put the cursor on a gRPC constructor or interceptor.');
      return;
    }
    const uri = editor.document.uri.toString();
    const position = editor.selection.active;
    const chains = await this.source.all();
    const byConstructor = chains.filter((c) => contains(c.location, uri, position));
    const found =
      byConstructor.length > 0
        ? byConstructor
        : chains.filter((c) =>
            [...c.unary, ...c.stream].some((e) => contains(e.registered, uri, position) || (e.defined !== null && contains(e.defined, uri, position))),
          );
    if (found.length === 0) {
      void vscode.window.showInformationMessage('ctxlens: no gRPC chain has its constructor or an interceptor under the cursor.');
      return;
    }
    const chain = found.length === 1 ? found[0] : await this.pick(found, 'This interceptor is in several chains: pick one');
    if (chain) await this.showChain(chain.id);
  }

  async showChain(argument: unknown): Promise<void> {
    const id = chainIdOf(argument);
    if (id === undefined) return this.showChains();
    if (!this.panel) {
      const panel = new ChainPanel(
        this.extensionUri,
        this.source,
        id,
        (action, chain) => this.act(action, chain),
        () => {
          if (this.panel === panel) this.panel = undefined;
        },
      );
      this.panel = panel;
    }
    await this.panel.show(id);
  }

  async copyMermaid(argument: unknown): Promise<void> {
    const chain = await this.chainFor(argument);
    if (!chain) return;
    await vscode.env.clipboard.writeText(chain.mermaid);
    void vscode.window.showInformationMessage(`ctxlens: copied the ${chain.constructor} chain (${chainPlace(chain)}) as Mermaid.`);
  }

  async openMarkdown(argument: unknown): Promise<void> {
    const chain = await this.chainFor(argument);
    if (!chain) return;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: chainMarkdown(chain) });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Active });
  }

  private act(action: WebviewAction, chain: ChainView): Promise<void> {
    return action === 'copyMermaid' ? this.copyMermaid(chain.id) : this.openMarkdown(chain.id);
  }

  /** The chain named by the argument, else the one in the panel, else one the user picks. */
  private async chainFor(argument: unknown): Promise<ChainView | undefined> {
    const id = chainIdOf(argument) ?? this.panel?.chain?.id;
    if (id !== undefined) {
      const chain = await this.source.one(id);
      if (!chain) void vscode.window.showWarningMessage('ctxlens: that chain no longer exists.');
      return chain;
    }
    return this.pick(await this.source.all(), 'Pick a chain to export');
  }

  private async pick(chains: readonly ChainView[], placeHolder: string): Promise<ChainView | undefined> {
    if (chains.length === 0) {
      void vscode.window.showInformationMessage('ctxlens: no gRPC servers or clients found in the workspace.');
      return undefined;
    }
    const items = orderChains(chains).map((chain) => ({
      label: `$(${chain.kind === 'server' ? 'server' : 'plug'}) ${chain.constructor}`,
      description: listedPlace(chain),
      detail: chainSummary(chain),
      chain,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
    return picked?.chain;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
