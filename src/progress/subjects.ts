// The subject index of the loaded roadmaps, rebuilt when the roadmaps reload.
import type * as vscode from 'vscode';
import type { TopicRef } from '../contracts/topicRef';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { SubjectIndex } from './sameSubject';

export class Subjects implements vscode.Disposable {
  private index: SubjectIndex | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly catalog: RoadmapCatalog) {
    this.subscription = catalog.onDidChange(() => (this.index = undefined));
  }

  get current(): SubjectIndex {
    this.index ??= new SubjectIndex(this.catalog.loaded().map(({ roadmap, origin }) => ({ roadmap, origin })));
    return this.index;
  }

  elsewhere(ref: TopicRef): ReturnType<SubjectIndex['elsewhere']> {
    return this.current.elsewhere(ref);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
