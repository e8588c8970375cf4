// The extension's entry point: start the bundled language server over IPC, register the
// commands. All analysis happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ChainViews } from './chain-view/views';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ctxlens', { log: true });
  extension.subscriptions.push(output);
  const module = extension.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'go' }],
    outputChannel: output,
    synchronize: { configurationSection: 'ctxlens' },
  };
  client = new LanguageClient('ctxlens', 'ctxlens', serverOptions, clientOptions);
  const chains = new ChainViews(extension.extensionUri, client);
  extension.subscriptions.push(chains);
  registerCommands(extension, { client, output, chains });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
