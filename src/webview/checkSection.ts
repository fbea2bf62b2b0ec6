// The panel page's "Check" section: the topic's check command, where it comes from, its last result and
// when it ran, and the Run Check / Set Check… buttons. It lives in its own element, put back after each
// rebuild of the page and updated in place when a `checkState` message arrives.
import type { CheckState } from '../protocol/checkMessages';
import { localeFormat } from '../model/localeFormat';
import { fillText, type TopicPageText, type TopicPageTextKey } from '../protocol/pageText';

const OUTCOME_TEXT: Readonly<Record<NonNullable<CheckState['last']>['outcome'], TopicPageTextKey>> = {
  passed: 'checkPassed',
  failed: 'checkFailed',
  timedOut: 'checkTimedOut',
  error: 'checkError',
};

/** The page's words and its display language, as the extension last sent them. */
export interface PageLanguage {
  readonly text: TopicPageText;
  readonly locale: string;
}

export type CheckAction = 'run-check' | 'set-check';

export class CheckSection {
  private readonly root: HTMLElement;
  private topicKey: string | undefined;

  constructor(
    private readonly announce: (text: string) => void,
    private readonly language: () => PageLanguage | undefined,
  ) {
    this.root = document.createElement('section');
    this.root.id = 'check';
    this.root.setAttribute('aria-labelledby', 'check-heading');
    this.root.hidden = true;
  }

  /** Puts the section back after the page was rebuilt, below the status buttons. */
  attach(main: HTMLElement, roadmapId: string, topicId: string): void {
    const key = `${roadmapId}/${topicId}`;
    if (key !== this.topicKey) {
      this.topicKey = key;
      this.root.hidden = true;
      this.root.replaceChildren();
    }
    const status = main.querySelector('.status-buttons');
    if (status) status.after(this.root);
    else main.append(this.root);
  }

  detach(): void {
    this.topicKey = undefined;
    this.root.remove();
  }

  update(roadmapId: string, topicId: string, state: CheckState): void {
    const language = this.language();
    if (`${roadmapId}/${topicId}` !== this.topicKey || !language) return;
    const before = this.root.querySelector('[data-check-result]')?.textContent;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.checkAction : undefined;
    this.root.replaceChildren(...this.render(state, language));
    this.root.hidden = false;
    const after = this.root.querySelector('[data-check-result]')?.textContent;
    if (after && after !== before) this.announce(after);
    if (focused) this.root.querySelector<HTMLElement>(`[data-check-action="${focused}"]`)?.focus();
  }

  private render(state: CheckState, { text: words, locale }: PageLanguage): Node[] {
    const when = (epochMs: number): string => localeFormat(locale).dateTime(epochMs);
    const nodes: Node[] = [text('h2', words.checkHeading, { id: 'check-heading' })];
    if (state.command) {
      const command = text('p', '', { class: 'check-command' });
      command.append(text('code', state.command));
      nodes.push(command);
      const folder = state.folder && state.folder !== '.' ? state.folder : undefined;
      const where =
        folder === undefined
          ? state.source
            ? fillText(words.checkRunsInWorkspaceFrom, state.source)
            : words.checkRunsInWorkspace
          : state.source
            ? fillText(words.checkRunsInFrom, folder, state.source)
            : fillText(words.checkRunsIn, folder);
      nodes.push(text('p', where, { class: 'hint' }));
    } else if (!state.problem) {
      nodes.push(text('p', words.checkNone, { class: 'empty' }));
    }
    if (state.problem) nodes.push(text('p', state.problem, { class: 'problem' }));
    if (state.running) nodes.push(text('p', words.checkRunning, { 'data-check-result': 'running', role: 'status' }));
    else if (state.last) {
      nodes.push(
        text('p', fillText(words[OUTCOME_TEXT[state.last.outcome]], when(state.last.at)), {
          'data-check-result': state.last.outcome,
          class: `check-result check-${state.last.outcome}`,
          title: state.last.summary,
        }),
      );
    }
    if (state.verifiedAt !== undefined) nodes.push(text('p', fillText(words.checkVerified, when(state.verifiedAt)), { class: 'hint' }));
    if (state.unavailable) nodes.push(text('p', state.unavailable, { class: 'problem', 'data-check-unavailable': '' }));
    const buttons = text('p', '');
    if (state.command && !state.unavailable) buttons.append(button(words.runCheck, 'run-check', false, state.running));
    buttons.append(button(state.command ? words.changeCheck : words.setCheck, 'set-check', true, false));
    nodes.push(buttons);
    return nodes;
  }
}

function text<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string,
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = content;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

function button(label: string, action: CheckAction, secondary: boolean, disabled: boolean): HTMLButtonElement {
  const created = text('button', label, { type: 'button', 'data-check-action': action });
  if (secondary) created.className = 'secondary';
  created.disabled = disabled;
  return created;
}

export function isCheckAction(value: string | undefined): value is CheckAction {
  return value === 'run-check' || value === 'set-check';
}
