// The messages between the chain panel (extension host) and its webview.
import type { ChainView } from '../../../server/src/protocol';

export type PanelMessage = { type: 'chain'; chain: ChainView } | { type: 'missing' };

export type WebviewAction = 'copyMermaid' | 'openMarkdown';

export type WebviewMessage =
  | { type: 'ready' }
  /** Open the location at this index of the rendered chain's location table. */
  | { type: 'open'; index: number }
  | { type: 'command'; action: WebviewAction };
