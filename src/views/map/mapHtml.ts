// The map panel's page: a toolbar and an empty stage the page script fills. Scripts run only by nonce;
// styles only from the extension; images only from the extension, or the blob: URL the page makes
// itself to turn the map into a PNG. Nothing inline.
import * as l10n from '@vscode/l10n';

export interface MapPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh per page, from a cryptographic random source. */
  readonly nonce: string;
  /** `webview.asWebviewUri` of dist/webview/map.js and media/map.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
}

export function mapContentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource}`, `img-src ${cspSource} blob:`].join('; ');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function attribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function button(action: string, label: string, text: string): string {
  return `<button type="button" data-action="${action}" title="${label}" aria-label="${label}">${text}</button>`;
}

export function mapHtml(page: MapPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(mapContentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(page.styleUri)}">
<title>${attribute(l10n.t('Roadmap Map'))}</title>
</head>
<body>
<header id="toolbar" role="toolbar" aria-label="${attribute(l10n.t('Map'))}">
<h1 id="map-title">${attribute(l10n.t('Loading map…'))}</h1>
<span id="map-summary"></span>
<span class="spacer"></span>
${button('zoom-out', l10n.t('Zoom Out (-)'), '−')}${button('zoom-in', l10n.t('Zoom In (+)'), '+')}${button('fit', l10n.t('Fit to Window (0)'), l10n.t('Fit'))}
${button('svg', l10n.t('Export Map as SVG…'), 'SVG')}${button('png', l10n.t('Export Map as PNG…'), 'PNG')}${button('card-png', l10n.t('Export Progress Card as PNG…'), l10n.t('Card'))}${button('card-svg', l10n.t('Export Progress Card as SVG…'), l10n.t('Card SVG'))}
</header>
<main id="stage" aria-describedby="map-help"></main>
<p id="map-help" class="visually-hidden">${attribute(
    l10n.t(
      'Arrow keys move between topics. Enter opens a topic. D done, L in progress, S skipped, R to do; Ctrl+Enter toggles done. Plus and minus zoom, 0 fits the map.',
    ),
  )}</p>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${attribute(page.nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>`;
}
