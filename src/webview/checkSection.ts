// The panel page's "Check" section: the topic's check command, where it comes from, its last result and
// when it ran, and the Run Check / Set Check… buttons. It lives in its own element, put back after each
// rebuild of the page and updated in place when a `checkState` message arrives.
import type { CheckState } from '../protocol/checkMessages';

const OUTCOME_TEXT: Readonly<Record<NonNullable<CheckState['last']>['outcome'], string>> = {
  passed: 'Check passed',
  failed: 'Check failed',
  timedOut: 'Check timed out',
  error: 'Check could not run',
};

export type CheckAction = 'run-check' | 'set-check';

export class CheckSection {
  private readonly root: HTMLElement;
  private topicKey: string | undefined;

  constructor(private readonly announce: (text: string) => void) {
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
    if (`${roadmapId}/${topicId}` !== this.topicKey) return;
    const before = this.root.querySelector('[data-check-result]')?.textContent;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.checkAction : undefined;
    this.root.replaceChildren(...this.render(state));
    this.root.hidden = false;
    const after = this.root.querySelector('[data-check-result]')?.textContent;
    if (after && after !== before) this.announce(after);
    if (focused) this.root.querySelector<HTMLElement>(`[data-check-action="${focused}"]`)?.focus();
  }

  private render(state: CheckState): Node[] {
    const nodes: Node[] = [text('h2', 'Check', { id: 'check-heading' })];
    if (state.command) {
      const command = text('p', '', { class: 'check-command' });
      command.append(text('code', state.command));
      nodes.push(command);
      const where = [
        state.folder && state.folder !== '.' ? `Runs in ${state.folder}` : 'Runs in the workspace folder',
        state.source && `from ${state.source}`,
      ]
        .filter(Boolean)
        .join(', ');
      nodes.push(text('p', `${where}.`, { class: 'hint' }));
    } else if (!state.problem) {
      nodes.push(text('p', 'This topic has no check: a command that passes when your practice is right.', { class: 'empty' }));
    }
    if (state.problem) nodes.push(text('p', state.problem, { class: 'problem' }));
    if (state.running) nodes.push(text('p', 'Running…', { 'data-check-result': 'running', role: 'status' }));
    else if (state.last) {
      const when = new Date(state.last.at).toLocaleString();
      nodes.push(
        text('p', `${OUTCOME_TEXT[state.last.outcome]} · ${when}`, {
          'data-check-result': state.last.outcome,
          class: `check-result check-${state.last.outcome}`,
          title: state.last.summary,
        }),
      );
    }
    if (state.verifiedAt !== undefined)
      nodes.push(text('p', `Marked done by its passing check · ${new Date(state.verifiedAt).toLocaleString()}`, { class: 'hint' }));
    if (state.unavailable) nodes.push(text('p', state.unavailable, { class: 'problem', 'data-check-unavailable': '' }));
    const buttons = text('p', '');
    if (state.command && !state.unavailable) buttons.append(button('Run Check', 'run-check', false, state.running));
    buttons.append(button(state.command ? 'Change Check…' : 'Set Check…', 'set-check', true, false));
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
