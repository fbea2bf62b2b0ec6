// The topic panel's page script. It renders what the extension sends, turns clicks into messages, and
// never navigates itself: every link goes to the extension, which decides whether to open it.
import { isStatus } from '../model/status';
import {
  describeInvalid,
  extensionMessageSchema,
  type ExtensionMessage,
  type TopicState,
  type WebviewMessage,
} from '../protocol/topicPanelProtocol';
import { fillText } from '../protocol/pageText';
import { renderMissing, renderTopic, showStatus, STATUS_TEXT, type PageAction } from './render';
import { statusForKey } from './statusKeys';
import { vscodeApi } from './vscodeApi';
import { CheckSection, isCheckAction, type PageLanguage } from './checkSection';

const api = vscodeApi();
const main = document.getElementById('topic') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;

let shown: TopicState | undefined;
let lastRendered = '';
/** The extension sends it first, before any state. */
let language: PageLanguage | undefined;

function post(message: WebviewMessage): void {
  api.postMessage(message);
}

function announce(text: string): void {
  announcer.textContent = text;
}

const checkSection = new CheckSection(announce, () => language);

/** Rebuilds the page; focus returns to the control that had it, if it is still there. */
function replaceContent(content: DocumentFragment): void {
  const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  if (focusKey) main.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}

function receive(message: ExtensionMessage): void {
  if (message.type === 'text') {
    language = { text: message.text, locale: message.locale };
    return;
  }
  if (!language) return; // Never before `text`; nothing to write the page with.
  const { text } = language;
  switch (message.type) {
    case 'state': {
      const serialized = JSON.stringify(message.state);
      const topicChanged = shown?.roadmapId !== message.state.roadmapId || shown.topicId !== message.state.topicId;
      shown = message.state;
      api.setState({ roadmapId: message.state.roadmapId, topicId: message.state.topicId });
      if (serialized === lastRendered) return;
      lastRendered = serialized;
      document.title = message.state.title;
      document.documentElement.lang = message.state.lang ?? 'en';
      replaceContent(renderTopic(message.state, text));
      checkSection.attach(main, message.state.roadmapId, message.state.topicId);
      if (topicChanged) window.scrollTo(0, 0);
      return;
    }
    case 'status':
      if (!shown || shown.roadmapId !== message.roadmapId || shown.topicId !== message.topicId) return;
      if (shown.status !== message.status) announce(fillText(text.statusAnnouncement, text[STATUS_TEXT[message.status]]));
      shown = { ...shown, status: message.status };
      lastRendered = JSON.stringify(shown);
      showStatus(main, message.status);
      return;
    case 'missing':
      shown = undefined;
      lastRendered = '';
      api.setState({ roadmapId: message.roadmapId, topicId: message.topicId });
      document.title = text.topicNotFound;
      checkSection.detach();
      replaceContent(renderMissing(message.message, text));
      return;
    case 'checkState':
      checkSection.update(message.roadmapId, message.topicId, message.check);
      return;
  }
}

/**
 * Only the extension's messages count. VS Code's webview host (the frame this page is loaded in) forwards
 * them with `postMessage(message, window.origin)`: they come from this page's origin and from the window
 * whose frame this page is. (The host hides `window.parent` from the page, so the parent is recognised by
 * holding this window among its frames.) Anything else, another frame or the workbench itself, which in
 * the browser build can share the origin, is ignored unread.
 */
function isFromExtension(event: MessageEvent<unknown>): boolean {
  const source = event.source;
  if (event.origin !== window.origin || source === null || !('frames' in source) || source === window) return false;
  for (let index = 0; index < source.frames.length; index++) if (source.frames[index] === window) return true;
  return false;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isFromExtension(event)) return;
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
  else if (ref && action === 'open-practice-folder') post({ type: 'openPracticeFolder', ...ref });
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
  const checkButton = target?.closest<HTMLButtonElement>('button[data-check-action]');
  if (checkButton && ref) {
    const action = checkButton.dataset.checkAction;
    if (isCheckAction(action)) post({ type: action === 'run-check' ? 'runCheck' : 'setCheck', ...ref });
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
  event.preventDefault();
  openLinkElement(link);
});

/** One message per activation; the page never navigates: the extension opens what it allows. */
function openLinkElement(link: HTMLElement): void {
  const ref = topicRef();
  if (link.dataset.action === 'open-practice-folder') {
    act('open-practice-folder');
    return;
  }
  const sameSubject = link.dataset.sameSubject;
  if (sameSubject !== undefined) {
    const other = shown?.elsewhere.find((entry) => `${entry.roadmapId}/${entry.topicId}` === sameSubject);
    if (other) post({ type: 'openSameSubject', roadmapId: other.roadmapId, topicId: other.topicId });
    return;
  }
  const practiceId = link.dataset.practiceId;
  if (practiceId !== undefined) {
    if (ref) post({ type: 'openPracticeFile', ...ref, fileId: practiceId });
    return;
  }
  const href = link.dataset.href;
  if (href) post({ type: 'openLink', href });
}

// Links have no href (so nothing but this page acts on them); Enter opens them as it would a real link.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.repeat || !(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'link')
    return;
  event.preventDefault();
  openLinkElement(event.target);
});

// The view's status keys work here too, on the topic shown (not while typing in a field).
document.addEventListener('keydown', (event) => {
  const ref = topicRef();
  if (!ref || !shown || (event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable]'))) return;
  const status = statusForKey(event, shown.status);
  if (!status) return;
  event.preventDefault();
  showStatus(main, status);
  post({ type: 'setStatus', ...ref, status });
});

// A middle click would open a link in a new window; treat it as nothing.
document.addEventListener('auxclick', (event) => {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
});

post({ type: 'ready' });
