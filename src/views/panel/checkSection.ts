// The topic panel's check: sends the shown topic's check state (command, where it comes from, the last
// result and when, whether checks can run here) and turns the page's Run Check / Set Check… clicks into
// the commands. Kept apart from TopicPanel, which only forwards to it.
import * as vscode from 'vscode';
import type { TopicCheckView } from '../../checks/registerChecks';
import { CommandId } from '../../contracts/commandIds';
import type { TopicRef } from '../../contracts/topicRef';
import type { CheckState } from '../../protocol/checkMessages';
import type { ExtensionMessage } from '../../protocol/topicPanelProtocol';

export interface PanelCheckSource {
  describe(ref: TopicRef): Promise<TopicCheckView>;
  readonly onDidChange: vscode.Event<TopicRef | undefined>;
}

export class PanelCheckSection implements vscode.Disposable {
  private generation = 0;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly source: PanelCheckSource,
    private readonly shown: () => TopicRef,
    private readonly post: (message: ExtensionMessage) => boolean,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = source.onDidChange((ref) => {
      const current = shown();
      if (!ref || (ref.roadmapId === current.roadmapId && ref.topicId === current.topicId)) void this.send();
    });
  }

  /** Sends the shown topic's check state; a newer send wins over one still reading. */
  async send(): Promise<void> {
    const generation = ++this.generation;
    const ref = this.shown();
    let view: TopicCheckView;
    try {
      view = await this.source.describe(ref);
    } catch (failure) {
      this.log.error(`Topic panel: reading the check of ${ref.roadmapId}/${ref.topicId} failed`, failure);
      return;
    }
    if (generation !== this.generation) return;
    this.post({ type: 'checkState', ...ref, check: checkStateOf(view) });
  }

  async handle(message: { type: 'runCheck' | 'setCheck'; roadmapId: string; topicId: string }): Promise<void> {
    const ref = { roadmapId: message.roadmapId, topicId: message.topicId };
    await vscode.commands.executeCommand(message.type === 'runCheck' ? CommandId.RunCheck : CommandId.SetCheck, ref);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

const clip = (text: string | undefined): string | undefined => (text === undefined ? undefined : text.slice(0, 2000));

function checkStateOf(view: TopicCheckView): CheckState {
  return {
    unavailable: clip(view.unavailable),
    command: clip(view.command),
    source: clip(view.source),
    folder: clip(view.folder),
    problem: clip(view.problem),
    running: view.running,
    last: view.last && { outcome: view.last.outcome, at: view.last.at, summary: clip(view.last.summary) ?? '' },
    verifiedAt: view.verifiedAt,
  };
}
