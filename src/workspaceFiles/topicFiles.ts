// The learner's own files for a topic: "Open Notes" (created from a template the first time), "New
// Practice File" (created in the topic's practice folder) and "Show Practice Folder". All stay inside
// the workspace.
import * as vscode from 'vscode';
import type { RoadmapNode } from '../model/roadmap';
import type { LoadedRoadmap, RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { TopicRef } from '../contracts/topicRef';
import { notesTemplate } from './notesTemplate';
import { openInEditor } from './openLink';
import { practiceFileName } from './topicPaths';
import { createFile, locateInFolder, notesFileOf, practiceFolderOf, type Located } from './workspaceLocations';

interface FoundTopic {
  readonly entry: LoadedRoadmap;
  readonly topic: RoadmapNode;
}

/**
 * The topic and its file or folder, found by `locate`; undefined when the topic is gone, and a warning
 * with the reason when its place cannot be used.
 */
async function locateForTopic(
  catalog: RoadmapCatalog,
  ref: TopicRef,
  locate: (entry: LoadedRoadmap, topic: RoadmapNode) => Promise<Located>,
): Promise<{ found: FoundTopic; located: Extract<Located, { ok: true }> } | undefined> {
  const entry = catalog.get(ref.roadmapId);
  const topic = entry?.roadmap.nodesById.get(ref.topicId);
  if (!entry || topic?.kind !== 'topic') return undefined;
  const located = await locate(entry, topic);
  if (!located.ok) {
    void vscode.window.showWarningMessage(located.reason);
    return undefined;
  }
  return { found: { entry, topic }, located };
}

/** Opens the topic's personal notes, creating them from the template first. Returns the file, if any. */
export async function openPersonalNotes(
  catalog: RoadmapCatalog,
  ref: TopicRef,
  column: vscode.ViewColumn,
): Promise<vscode.Uri | undefined> {
  const notes = await locateForTopic(catalog, ref, notesFileOf);
  if (!notes) return undefined;
  const { found, located } = notes;
  if (!located.exists) await createFile(located.uri, notesTemplate(found.entry.roadmap, found.topic));
  await vscode.window.showTextDocument(located.uri, { viewColumn: column, preview: false });
  return located.uri;
}

/** Asks for a file name and creates the file in the topic's practice folder. Returns it, if created. */
export async function createPracticeFile(
  catalog: RoadmapCatalog,
  ref: TopicRef,
  column: vscode.ViewColumn,
): Promise<vscode.Uri | undefined> {
  const practice = await locateForTopic(catalog, ref, practiceFolderOf);
  return practice && askForPracticeFile(practice.found, practice.located, column);
}

async function askForPracticeFile(
  found: FoundTopic,
  folder: Extract<Located, { ok: true }>,
  column: vscode.ViewColumn,
): Promise<vscode.Uri | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Practice File: {0}', found.topic.title),
    prompt: vscode.l10n.t('The file is created in {0}/', folder.relativePath),
    placeHolder: vscode.l10n.t('File name, e.g. exercise.ts or drills/1.sql'),
    validateInput: (value) => {
      const check = practiceFileName(value);
      return check.ok ? undefined : vscode.l10n.t('This name cannot be used: {0}.', check.reason);
    },
  });
  if (name === undefined) return undefined;
  const checked = practiceFileName(name);
  if (!checked.ok) return undefined;
  const target = await locateInFolder(folder.folder, [...folder.segments, ...checked.segments]);
  if (!target.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Roadmap Tracker did not create the file: {0}.', target.reason));
    return undefined;
  }
  if (!target.exists) await createFile(target.uri, '');
  await openInEditor(target.uri, column);
  return target.uri;
}

/**
 * Reveals the topic's practice folder in the Explorer, creating it first when it is missing (the folder
 * convention is found by clicking its name in the panel). An empty folder is offered a first file.
 * Returns the folder, if it could be located.
 */
export async function openPracticeFolder(
  catalog: RoadmapCatalog,
  ref: TopicRef,
  column: vscode.ViewColumn,
): Promise<vscode.Uri | undefined> {
  const practice = await locateForTopic(catalog, ref, practiceFolderOf);
  if (!practice) return undefined;
  const folder = practice.located;
  if (!folder.exists) await vscode.workspace.fs.createDirectory(folder.uri);
  await vscode.commands.executeCommand('revealInExplorer', folder.uri);
  if (await isEmptyFolder(folder.uri)) await askForPracticeFile(practice.found, folder, column);
  return folder.uri;
}

async function isEmptyFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.readDirectory(uri)).length === 0;
  } catch {
    // Not a folder (a file of that name) or unreadable: nothing to offer.
    return false;
  }
}
