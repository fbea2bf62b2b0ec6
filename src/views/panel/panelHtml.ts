// The panel's page: an empty shell that the webview script fills from the `state` message. Scripts run
// only by nonce; styles and images only from the extension's own resources; nothing inline.
import * as l10n from '@vscode/l10n';

export interface PanelPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh per page, from a cryptographic random source. */
  readonly nonce: string;
  /** `webview.asWebviewUri` of dist/webview/panel.js and media/panel.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource}`, `img-src ${cspSource}`].join('; ');
}

export function panelHtml(page: PanelPage): string {
  const attribute = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(page.styleUri)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main id="topic" aria-busy="true"><p class="loading">${escapeHtml(l10n.t('Loading topic…'))}</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${attribute(page.nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
