// The chain panel: one webview showing one chain at a time, refreshed when the server says
// chains changed. The chain goes to the webview by postMessage, never into the HTML.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ChainView } from '../../../server/src/protocol';
import { chainPlace } from './chain-text';
import { revealLocation, type ChainsSource } from './chains-source';
import type { PanelMessage, WebviewAction, WebviewMessage } from './messages';
import { chainPageHtml } from './page';
import { renderChain } from './render';

export const CHAIN_VIEW_TYPE = 'ctxlens.chainView';

export class ChainPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private chainId: string;
  /** The chain last sent to the webview (resolves its location indexes). */
  private shown: ChainView | undefined;
  private webviewReady = false;
  private disposed = false;

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: ChainsSource,
    chainId: string,
    private readonly onAction: (action: WebviewAction, chain: ChainView) => unknown,
    onDispose: () => void,
  ) {
    this.chainId = chainId;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(CHAIN_VIEW_TYPE, 'Interceptor chain', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [dist, media],
      retainContextWhenHidden: false,
    });
    const webview = this.panel.webview;
    webview.html = chainPageHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'chain-view.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'chain-view.css')).toString(),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message: WebviewMessage) => this.receive(message)),
      // A refresh that fails (the server restarting) leaves the last drawing until the next one.
      source.onDidChange(() => void this.refresh().catch(() => undefined)),
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  /** The chain on screen, if any. */
  get chain(): ChainView | undefined {
    return this.shown;
  }

  async show(chainId: string): Promise<void> {
    this.chainId = chainId;
    this.panel.reveal(undefined, false);
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const chain = await this.source.one(this.chainId);
    if (this.disposed) return;
    this.shown = chain;
    this.panel.title = chain ? `Chain: ${chain.constructor} ${chainPlace(chain)}` : 'Interceptor chain';
    this.post();
  }

  private post(): void {
    if (!this.webviewReady) return;
    const message: PanelMessage = this.shown ? { type: 'chain', chain: this.shown } : { type: 'missing' };
    void this.panel.webview.postMessage(message);
  }

  private receive(message: WebviewMessage): void {
    if (message.type === 'ready') {
      // The webview (re)loaded, e.g. after being hidden: send it the chain again.
      this.webviewReady = true;
      this.post();
      return;
    }
    const chain = this.shown;
    if (!chain) return;
    if (message.type === 'open') {
      const location = renderChain(chain).locations[message.index];
      if (location) void revealLocation(location);
    } else if (message.type === 'command') {
      void this.onAction(message.action, chain);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
