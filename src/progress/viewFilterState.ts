// The Roadmaps view's status filters, kept per workspace and mirrored into context keys so the view's
// title shows each toggle's state (roadmapTracker.filter.hideDone, …).
import * as vscode from 'vscode';
import { TOPIC_FILTER_KEY } from '../contracts/stateKeys';
import type { MementoLike } from '../store/memento';
import { topicFilterFrom, type TopicFilter } from './topicFilter';

export type FilterToggle = keyof TopicFilter;

export const FILTER_CONTEXT_PREFIX = 'roadmapTracker.filter.';

export class ViewFilterState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly workspaceState: MementoLike) {}

  get filter(): TopicFilter {
    return topicFilterFrom(this.workspaceState.get(TOPIC_FILTER_KEY));
  }

  async set(toggle: FilterToggle, on: boolean): Promise<void> {
    await this.workspaceState.update(TOPIC_FILTER_KEY, { ...this.filter, [toggle]: on });
    await this.updateContext();
    this.changed.fire();
  }

  async clear(): Promise<void> {
    await this.workspaceState.update(TOPIC_FILTER_KEY, undefined);
    await this.updateContext();
    this.changed.fire();
  }

  async updateContext(): Promise<void> {
    const filter = this.filter;
    for (const toggle of Object.keys(filter) as FilterToggle[]) {
      await vscode.commands.executeCommand('setContext', FILTER_CONTEXT_PREFIX + toggle, filter[toggle]);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
