// The API VS Code gives a webview's script; only what the panel uses.
import type { PersistedState, WebviewMessage } from '../protocol/topicPanelProtocol';

export interface WebviewApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}

declare function acquireVsCodeApi(): WebviewApi;

/** May be called once per page. */
export function vscodeApi(): WebviewApi {
  return acquireVsCodeApi();
}
