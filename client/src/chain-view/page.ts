// The chain panel's HTML page: a shell with a strict Content-Security-Policy that loads the
// bundled script and style; the chain itself arrives later by postMessage. Pure.
import { escapeHtml as esc } from './escape';

export interface ChainPageResources {
  /** The webview's `cspSource` (where its local resources are served from). */
  cspSource: string;
  /** A fresh random value per page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

export function chainPageHtml({ cspSource, nonce, scriptUri, styleUri }: ChainPageResources): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${esc(nonce)}" href="${esc(styleUri)}">
<title>Interceptor chain</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="note">Loading the chain…</p></main>
<script nonce="${esc(nonce)}" src="${esc(scriptUri)}"></script>
</body>
</html>
`;
}
