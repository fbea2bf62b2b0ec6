// The map panel's webview type and the Progress view's id; package.json activates on
// `onWebviewPanel:` + the map's type, so a map left open is restored after a reload.
export const MAP_PANEL_VIEW_TYPE = 'roadmapTracker.map';
