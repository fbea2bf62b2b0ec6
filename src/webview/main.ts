// The topic panel's page script. It renders what the extension sends, turns clicks into messages, and
// never navigates itself: every link goes to the extension, which decides whether to open it.
import { isStatus } from '../model/status';
import { describeInvalid, extensionMessageSchema, type ExtensionMessage, type TopicState, type WebviewMessage } from '../protocol/topicPanelProtocol';
import { renderMissing, renderTopic, showStatus, STATUS_NAMES, type PageAction } from './render';
import { vscodeApi } from './vscodeApi';

const api = vscodeApi();
const main = document.getElementById('topic') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;

let shown: TopicState | undefined;
let lastRendered = '';

function post(message: WebviewMessage): void {
  api.postMessage(message);
}

function announce(text: string): void {
  announcer.textContent = text;
}

/** Rebuilds the page; focus returns to the control that had it, if it is still there. */
function replaceContent(content: DocumentFragment): void {
  const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  if (focusKey) main.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}

function receive(message: ExtensionMessage): void {
  switch (message.type) {
    case 'state': {
      const serialized = JSON.stringify(message.state);
      const topicChanged = shown?.roadmapId !== message.state.roadmapId || shown.topicId !== message.state.topicId;
      shown = message.state;
      api.setState({ roadmapId: message.state.roadmapId, topicId: message.state.topicId });
      if (serialized === lastRendered) return;
      lastRendered = serialized;
      document.title = message.state.title;
      replaceContent(renderTopic(message.state));
      if (topicChanged) window.scrollTo(0, 0);
      return;
    }
    case 'status':
      if (!shown || shown.roadmapId !== message.roadmapId || shown.topicId !== message.topicId) return;
      if (shown.status !== message.status) announce(`Status: ${STATUS_NAMES[message.status]}`);
      shown = { ...shown, status: message.status };
      lastRendered = JSON.stringify(shown);
      showStatus(main, message.status);
      return;
    case 'missing':
      shown = undefined;
      lastRendered = '';
      api.setState({ roadmapId: message.roadmapId, topicId: message.topicId });
      document.title = 'Topic not found';
      replaceContent(renderMissing(message.message));
      return;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = extensionMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'invalidMessage', reason: describeInvalid(parsed.error) });
    return;
  }
  receive(parsed.data);
});

function topicRef(): { roadmapId: string; topicId: string } | undefined {
  return shown ? { roadmapId: shown.roadmapId, topicId: shown.topicId } : undefined;
}

function act(action: PageAction): void {
  const ref = topicRef();
  if (action === 'manage-trust') post({ type: 'manageWorkspaceTrust' });
  else if (ref && action === 'open-notes') post({ type: 'openNotes', ...ref });
  else if (ref && action === 'new-practice-file') post({ type: 'newPracticeFile', ...ref });
  else if (ref && action === 'show-map') post({ type: 'showMap', roadmapId: ref.roadmapId });
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : undefined;
  const ref = topicRef();
  const statusButton = target?.closest<HTMLButtonElement>('button[data-status]');
  if (statusButton && ref && shown) {
    const status = statusButton.dataset.status;
    if (isStatus(status)) {
      // Shown at once; the extension's "status" message confirms it.
      showStatus(main, status);
      post({ type: 'setStatus', ...ref, status });
    }
    return;
  }
  const crumb = target?.closest<HTMLButtonElement>('button[data-crumb]');
  if (crumb && ref) {
    const nodeId = crumb.dataset.crumb;
    post(nodeId ? { type: 'revealInTree', roadmapId: ref.roadmapId, nodeId } : { type: 'revealInTree', roadmapId: ref.roadmapId });
    return;
  }
  const actionButton = target?.closest<HTMLButtonElement>('button[data-action]');
  if (actionButton) {
    const action = actionButton.dataset.action;
    if (action === 'open-notes' || action === 'new-practice-file' || action === 'manage-trust' || action === 'show-map') act(action);
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a');
  if (!link) return;
  // The page never navigates: the extension opens what it allows.
  event.preventDefault();
  const practiceId = link.dataset.practiceId;
  if (practiceId !== undefined) {
    if (ref) post({ type: 'openPracticeFile', ...ref, fileId: practiceId });
    return;
  }
  const href = link.getAttribute('href');
  if (href) post({ type: 'openLink', href });
});

// A middle click would open a link in a new window; treat it as nothing.
document.addEventListener('auxclick', (event) => {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
});

post({ type: 'ready' });
