// ctxlens's own LSP messages, typed once for the server, the client and the tests.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export interface ReadyParams {
  /** Go files found by the scan. */
  files: number;
}

/** Sent by the server when a workspace scan finished and every file's diagnostics were published. */
export namespace ReadyNotification {
  export const method = 'ctxlens/ready';
  export const type = new NotificationType<ReadyParams>(method);
}

/** A place in the workspace, as LSP spells it. */
export interface ViewLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface ChainFindingView {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  location: ViewLocation;
}

/** One interceptor of a chain, as the chain view and tree view draw it. */
export interface ChainEntryView {
  name: string;
  /** What the entry is by library, body and name, before the configuration. */
  class: string;
  /** The class the rules use (recoveryNames/authNames applied): what the views show. */
  effectiveClass: string;
  registered: ViewLocation;
  defined: ViewLocation | null;
  conditional: boolean;
  resolved: boolean;
  /** Why an unresolved entry could not be followed (absent when resolved). */
  reason?: string;
  /** connect: built with connect.UnaryInterceptorFunc, it passes streaming calls through untouched (absent otherwise). */
  unaryOnly?: boolean;
  library: string | null;
  wrappedBy: string | null;
  /** What the body does, when the definition is in the workspace. */
  body: { callsNextOnEveryPath: boolean; passesContext: boolean; mayPanic: boolean; recovers: boolean } | null;
  /** Can panic and runs before the first recovery: exactly what chain-unprotected-interceptor reports. */
  outsideRecovery: boolean;
  findings: ChainFindingView[];
}

export interface ChainView {
  id: string;
  kind: 'server' | 'client';
  /** Added with connect-go chains: whose constructor it is. */
  framework: 'grpc' | 'connect';
  /** `grpc.NewServer`, `grpc.NewClient`, `greetv1connect.NewGreetServiceHandler`, … */
  constructor: string;
  location: ViewLocation;
  /** Workspace-relative path for display. */
  relativePath: string;
  unary: ChainEntryView[];
  stream: ChainEntryView[];
  /** Findings located at the constructor (chain-level rules). */
  findings: ChainFindingView[];
  /** Every finding of the chain, entries included. */
  findingCount: number;
  builtOutsideWorkspace: boolean;
  /** The constructor is test code by the workspace's test-code policy: listed after production chains. */
  testCode: boolean;
  /** The chain as Mermaid flowchart text, from the writer `ctxlens chains --format mermaid` uses. */
  mermaid: string;
}

export interface ChainsParams {
  /** One chain by id; all chains of the workspace when absent. */
  id?: string;
}

/** The chain model of the workspace, computed by the server, rendered by the client. */
export namespace ChainsRequest {
  export const method = 'ctxlens/chains';
  export const type = new RequestType<ChainsParams, ChainView[], void>(method);
}

/** Sent when any chain may have changed (a contributing file changed), so views refresh. */
export namespace ChainsChangedNotification {
  export const method = 'ctxlens/chainsChanged';
  export const type = new NotificationType<void>(method);
}
