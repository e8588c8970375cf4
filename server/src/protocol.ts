// ctxlens's own LSP messages, typed once for the server, the client and the tests.
import { NotificationType } from 'vscode-languageserver-protocol';

export interface ReadyParams {
  /** Go files found by the scan. */
  files: number;
}

/** Sent by the server when a workspace scan finished and every file's diagnostics were published. */
export namespace ReadyNotification {
  export const method = 'ctxlens/ready';
  export const type = new NotificationType<ReadyParams>(method);
}
