// The "gRPC Chains" Explorer view: the tree model's nodes as TreeItems; a click reveals the
// constructor or the interceptor's definition.
import * as vscode from 'vscode';
import type { ChainsSource } from './chain-view/chains-source';
import { toVscodeRange } from './chain-view/chains-source';
import { chainTree, type ChainTreeNode } from './chain-tree-model';

export const CHAIN_TREE_VIEW_ID = 'ctxlens.chains';

export class ChainTreeProvider implements vscode.TreeDataProvider<ChainTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** Where the server's failure to answer is shown. */
  view: vscode.TreeView<ChainTreeNode> | undefined;

  constructor(private readonly source: ChainsSource) {
    this.subscription = source.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: ChainTreeNode): Promise<ChainTreeNode[]> {
    if (node) return node.children;
    try {
      const roots = chainTree(await this.source.all());
      this.showMessage(roots.length === 0 ? 'No gRPC servers or clients found in the workspace.' : undefined);
      return roots;
    } catch (error) {
      this.showMessage(`Chains unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  private showMessage(message: string | undefined): void {
    if (this.view) this.view.message = message;
  }

  getTreeItem(node: ChainTreeNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = `ctxlens.${node.kind}`;
    item.command = {
      command: 'vscode.open',
      title: 'Reveal',
      arguments: [vscode.Uri.parse(node.location.uri), { selection: toVscodeRange(node.location.range) }],
    };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
