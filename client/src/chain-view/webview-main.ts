// The chain panel's script (bundled to dist/chain-view.js, run in the webview): renders the
// chain it is sent and posts clicks back. It holds no data of its own beyond the last chain.
import type { PanelMessage, WebviewAction, WebviewMessage } from './messages';
import { renderChain, renderMissing } from './render';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function show(message: PanelMessage): void {
  if (!root) return;
  // renderChain escapes every text from the code, and the CSP forbids inline scripts.
  root.innerHTML = message.type === 'chain' ? renderChain(message.chain).html : renderMissing();
}

/** The element a click or key acts on: a command button, or the nearest element with a location. */
function activate(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const command = target.closest<HTMLElement>('[data-command]');
  if (command) {
    post({ type: 'command', action: command.dataset.command as WebviewAction });
    return true;
  }
  const located = target.closest<HTMLElement>('[data-loc]');
  if (!located) return false;
  post({ type: 'open', index: Number(located.dataset.loc) });
  return true;
}

window.addEventListener('message', (event: MessageEvent<PanelMessage>) => show(event.data));
document.addEventListener('click', (event) => {
  if (activate(event.target)) event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  // Buttons turn Enter into a click themselves; nodes (focusable list items) need it here.
  if (event.key !== 'Enter' && event.key !== ' ') return;
  if (!(event.target instanceof HTMLElement) || event.target.tagName === 'BUTTON') return;
  if (activate(event.target)) event.preventDefault();
});
post({ type: 'ready' });
