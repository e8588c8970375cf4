// The language server's composition root: the connection (stdio or IPC, chosen from argv),
// the capabilities, and the wiring of the features. No analysis happens here.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { Analyzer } from './engine/api';
import { CONFIG_FILE_NAME } from './engine/api';
import { CODE_ACTION_KINDS, registerCodeActions } from './features/code-actions';
import { ChainLenses, registerCodeLenses } from './features/code-lens';
import { ChainChanges, ChainViews, notifyChainsChanged, registerChainsRequest } from './features/chains';
import { OpenFileDiagnostics } from './features/diagnostics';
import { OpenDocuments } from './features/documents';
import { guard, guardAsync, type Logger } from './features/guard';
import { Settings } from './features/settings';
import { pathToUri, uriToPath } from './features/uri';
import { WorkspaceScanner } from './features/workspace-scan';
import { WorkspaceState } from './features/workspace-state';

const connection = createConnection(ProposedFeatures.all);
const log: Logger = {
  error: (message) => connection.console.error(message),
  info: (message) => connection.console.info(message),
};

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriToPath).filter((p): p is string => p !== null);
}

async function start(params: InitializeParams): Promise<void> {
  const capabilities: ClientCapabilities = params.capabilities;
  const analyzer = await Analyzer.create();
  const documents = new OpenDocuments();
  const uriFor = (file: string) => documents.byPath(file)?.uri ?? pathToUri(file);
  const settings = new Settings(connection, log, capabilities.workspace?.configuration === true);
  const state = new WorkspaceState(connection, settings, log, uriFor);
  let roots = folderPaths(params);

  // Reloads are serialised: settings, then modules, then open files, then the background scan.
  // A settings change that alters no fact (severities, the order policy…) re-runs the rules over
  // the stored facts instead: nothing is re-read or re-parsed.
  let reloading = Promise.resolve();
  const reload = (what: 'everything' | 'settings') => {
    reloading = reloading.then(() =>
      guardAsync(log, 'reloading the configuration', undefined, async () => {
        const reportsHold = await settings.load(roots);
        if (what === 'settings' && reportsHold) {
          state.reapplySettings();
          log.info(`settings changed how findings are reported only: rules re-run over stored facts; ${scanner.parses} parses since start`);
          return;
        }
        analyzer.modules.invalidate();
        diagnostics.analyseAll();
        void guardAsync(log, 'workspace scan', undefined, () => scanner.scan());
      }),
    );
  };

  const scanner = new WorkspaceScanner(connection, analyzer, documents, settings, state, log, (modulesChanged) =>
    reload(modulesChanged ? 'everything' : 'settings'),
  );
  const diagnostics = new OpenFileDiagnostics(analyzer, documents, settings, state, log, (file) => scanner.refreshFromDisk(file));
  diagnostics.register(connection);
  registerCodeActions(connection, documents, state, log, uriFor, capabilities.workspace?.workspaceEdit?.documentChanges === true);
  const chainChanges = new ChainChanges(state, log);
  registerChainsRequest(connection, new ChainViews(state, settings, uriFor), log);
  notifyChainsChanged(connection, chainChanges);
  registerCodeLenses(connection, new ChainLenses(state, settings), chainChanges, capabilities.workspace?.codeLens?.refreshSupport === true, log);
  connection.onDidChangeWatchedFiles((change) => guard(log, 'didChangeWatchedFiles', undefined, () => scanner.onWatchedFilesChanged(change)));
  connection.onDidChangeConfiguration(() => reload('settings'));

  connection.onInitialized(() => {
    reload('everything');
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const watchers = ['**/*.go', '**/go.mod', `**/${CONFIG_FILE_NAME}`].map((globPattern) => ({ globPattern }));
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers })
        .catch((error: Error) => log.error(`file watching: ${error.message}`));
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => uriToPath(f.uri)));
        roots = [...roots.filter((r) => !gone.has(r)), ...added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null)];
        reload('everything');
      });
    }
  });
}

connection.onInitialize(async (params): Promise<InitializeResult> => {
  await start(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      codeLensProvider: { resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ctxlens' },
  };
});

connection.listen();
