// Every command the extension contributes: id → a factory that builds its handler.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChainViews } from './chain-view/views';

export interface CommandContext {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
  chains: ChainViews;
}

type CommandFactory = (context: CommandContext) => (...args: unknown[]) => unknown;

export const COMMANDS: Readonly<Record<string, CommandFactory>> = {
  'ctxlens.restartServer':
    ({ client, output }) =>
    async () => {
      output.info('Restarting the ctxlens language server');
      await client.restart();
    },
  'ctxlens.showChains':
    ({ chains }) =>
    () =>
      chains.showChains(),
  'ctxlens.showChainAtCursor':
    ({ chains }) =>
    () =>
      chains.showChainAtCursor(),
  'ctxlens.showChain':
    ({ chains }) =>
    (chainId) =>
      chains.showChain(chainId),
  'ctxlens.copyChainMermaid':
    ({ chains }) =>
    (chain) =>
      chains.copyMermaid(chain),
  'ctxlens.openChainMarkdown':
    ({ chains }) =>
    (chain) =>
      chains.openMarkdown(chain),
};

export function registerCommands(extension: vscode.ExtensionContext, context: CommandContext): void {
  for (const [id, factory] of Object.entries(COMMANDS)) {
    extension.subscriptions.push(vscode.commands.registerCommand(id, factory(context)));
  }
}
