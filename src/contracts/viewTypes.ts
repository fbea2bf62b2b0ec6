// The topic panel's webview type; package.json activates on `onWebviewPanel:` + this, so a panel left
// open is restored after a reload (a unit test checks both agree).
export const TOPIC_PANEL_VIEW_TYPE = 'roadmapTracker.topic';
