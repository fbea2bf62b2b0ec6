// Activity from real practice: saving a file in a topic's practice folder (or under the fixed folder of
// one of its practice globs) marks the day as practised for that topic, and saving its personal notes
// marks it as notes edited. It never changes a status, except when the learner turned on
// roadmapTracker.startTopicOnFirstPracticeSave: the first practice save of a to-do topic then moves it
// to in progress.
import * as vscode from 'vscode';
import type { ActivityKind } from '../model/activity';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { settings } from '../platform/settings';
import { activitySettings } from '../platform/activitySettings';
import type { ActivityStore } from '../store/activityHistory';
import type { ProgressStore } from '../store/progressStore';
import { expandPathTemplate, globBaseFolder, notesFilePath } from './topicPaths';
import { workspaceFolderFor } from './workspaceLocations';

export interface TopicFileMatch {
  readonly roadmapId: string;
  readonly topicId: string;
  readonly kind: Extract<ActivityKind, 'practice' | 'notes'>;
}

function isUnder(path: string, folder: string): boolean {
  return path.startsWith(`${folder}/`);
}

/** The topics a saved file belongs to, as practice or as personal notes. */
export function topicsOfFile(catalog: RoadmapCatalog, uri: vscode.Uri): TopicFileMatch[] {
  const matches: TopicFileMatch[] = [];
  const { practiceFolder, notesFolder } = settings();
  for (const entry of catalog.loaded()) {
    const folder = workspaceFolderFor(entry);
    if (!folder || !isUnder(uri.path, folder.uri.path) || uri.scheme !== folder.uri.scheme) continue;
    const relative = uri.path.slice(folder.uri.path.length + 1);
    for (const topic of entry.roadmap.topics) {
      const values = { roadmapId: entry.roadmap.id, topicId: topic.id };
      const notes = notesFilePath(notesFolder, values);
      if (notes.ok && notes.path === relative) {
        matches.push({ ...values, kind: 'notes' });
        continue;
      }
      const bases = topic.practice.map(globBaseFolder).filter((check) => check?.ok === true);
      const folders = bases.length > 0 ? bases : [expandPathTemplate(practiceFolder, values)];
      if (folders.some((check) => check?.ok === true && isUnder(relative, check.path))) matches.push({ ...values, kind: 'practice' });
    }
  }
  return matches;
}

function practisedBefore(activity: ActivityStore, roadmapId: string, topicId: string): boolean {
  const history = activity.history();
  return history.days().some((day) => history.has(day, { roadmapId, topicId, kind: 'practice' }));
}

export function registerPracticeActivity(
  extensionContext: vscode.ExtensionContext,
  catalog: RoadmapCatalog,
  store: ProgressStore,
  activity: ActivityStore,
  log: vscode.LogOutputChannel,
): void {
  const onSave = async (document: vscode.TextDocument): Promise<void> => {
    for (const match of topicsOfFile(catalog, document.uri)) {
      const { roadmapId, topicId, kind } = match;
      const first = kind === 'practice' && !practisedBefore(activity, roadmapId, topicId);
      await activity.record({ roadmapId, topicId, kind });
      if (first && activitySettings().startOnFirstPractice && (store.get(roadmapId, topicId)?.status ?? 'todo') === 'todo') {
        await store.setStatus(roadmapId, [topicId], 'in-progress');
        log.info(`${roadmapId}/${topicId}: first practice save, moved to in progress (roadmapTracker.startTopicOnFirstPracticeSave)`);
      }
    }
  };
  extensionContext.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument((document) => {
      onSave(document).catch((failure) => log.error('Recording practice activity failed', failure));
    }),
  );
}
