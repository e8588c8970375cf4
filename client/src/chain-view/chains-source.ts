// The chains of the workspace, asked of the language server, and an event when they change.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChainsChangedNotification, ChainsRequest, type ChainView } from '../../../server/src/protocol';

export class ChainsSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Any chain may have changed: views ask again. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.subscription = client.onNotification(ChainsChangedNotification.type, () => this.changed.fire());
  }

  all(): Promise<ChainView[]> {
    return this.client.sendRequest(ChainsRequest.type, {});
  }

  async one(id: string): Promise<ChainView | undefined> {
    const chains = await this.client.sendRequest(ChainsRequest.type, { id });
    return chains.find((chain) => chain.id === id);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function toVscodeRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Opens a location's file with its range selected, in the first editor column. */
export async function revealLocation(location: { uri: string; range: Parameters<typeof toVscodeRange>[0] }): Promise<void> {
  const range = toVscodeRange(location.range);
  await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: range, viewColumn: vscode.ViewColumn.One });
}
