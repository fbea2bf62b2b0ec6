// Gathers everything the panel shows for one topic into a TopicState: notes rendered to safe HTML,
// reference links, practice files found in the workspace and the learner's personal notes.
import { posixPath } from '../../platform/posixPath';
import * as vscode from 'vscode';
import { ancestorsOf, type RoadmapNode } from '../../model/roadmap';
import type { ProgressTracker } from '../../progress/progressTracker';
import type { LoadedRoadmap, RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { TopicRef } from '../../contracts/topicRef';
import { classifyLink, checkWorkspacePath } from '../../workspaceFiles/links';
import { renderPlainText, type MarkdownRenderer } from './markdown';
import { problemParagraph, type RichToken } from '../../protocol/richText';
import type { BundledNotes } from './bundledNotes';
import type { TopicState } from '../../protocol/topicPanelProtocol';
import { resolveInFolder } from '../../workspaceFiles/folderPaths';
import { isInsideWorkspace, notesFileOf, practiceFolderOf } from '../../workspaceFiles/workspaceLocations';
import type { Subjects } from '../../progress/subjects';
import { sameSubjectTopics } from './sameSubjectTopics';

/** Notes beyond this are not rendered: no honest note is this long, and rendering it would stall. */
export const MAX_NOTE_BYTES = 1024 * 1024;
const MAX_PRACTICE_FILES = 200;

export interface TopicContentSources {
  readonly catalog: RoadmapCatalog;
  readonly tracker: ProgressTracker;
  readonly renderer: MarkdownRenderer;
  /** Where the topic's subject appears in other roadmaps. */
  readonly subjects?: Subjects;
}

export type TopicView =
  | {
      readonly kind: 'topic';
      readonly state: TopicState;
      /** Practice files by the id the webview sends back. */
      readonly practiceFiles: ReadonlyMap<string, vscode.Uri>;
      /** Files whose changes should refresh the panel. */
      readonly watched: readonly vscode.GlobPattern[];
      readonly notesUri?: vscode.Uri;
    }
  | { readonly kind: 'missing'; readonly title: string; readonly message: string };

export async function loadTopicView(sources: TopicContentSources, bundledNotes: BundledNotes, ref: TopicRef): Promise<TopicView> {
  const entry = sources.catalog.get(ref.roadmapId);
  const topic = entry?.roadmap.nodesById.get(ref.topicId);
  if (!entry || !topic || topic.kind !== 'topic') {
    return {
      kind: 'missing',
      title: vscode.l10n.t('Topic not found'),
      message: entry
        ? vscode.l10n.t('The roadmap "{0}" has no topic "{1}" any more.', entry.roadmap.title, ref.topicId)
        : vscode.l10n.t('The roadmap "{0}" is not loaded.', ref.roadmapId),
    };
  }
  // Restricted Mode: Markdown that comes from the workspace is shown as text, not rendered.
  const restricted = !vscode.workspace.isTrusted;
  const renderWorkspaceMarkdown = (text: string): RichToken[] => (restricted ? renderPlainText(text) : sources.renderer.render(text));
  const renderRoadmapMarkdown = entry.origin === 'bundled' ? (text: string) => sources.renderer.render(text) : renderWorkspaceMarkdown;

  const [noteFileBlock, practice, personal] = await Promise.all([
    entry.origin === 'bundled'
      ? bundledNoteFile(bundledNotes, topic, renderRoadmapMarkdown)
      : noteFileNote(entry, topic, renderRoadmapMarkdown),
    practiceFiles(entry, topic),
    personalNotes(entry, topic, renderWorkspaceMarkdown),
  ]);
  const notes: TopicState['notes'] = [];
  if (topic.notes) notes.push({ content: renderRoadmapMarkdown(topic.notes) });
  if (noteFileBlock) notes.push(noteFileBlock);

  const state: TopicState = {
    roadmapId: entry.roadmap.id,
    topicId: topic.id,
    title: topic.title,
    summary: topic.summary,
    ...(entry.roadmap.lang === undefined ? {} : { lang: entry.roadmap.lang }),
    breadcrumbs: [
      { title: entry.roadmap.title },
      ...ancestorsOf(entry.roadmap, topic)
        .reverse()
        .map((node) => ({ nodeId: node.id, title: node.title })),
      { nodeId: topic.id, title: topic.title },
    ],
    status: sources.tracker.statusOf(entry.roadmap.id, topic.id),
    restricted,
    notes,
    links: topic.links.flatMap((link) => {
      const target = classifyLink(link.url);
      return target.kind === 'external' && /^https?:/.test(target.url) ? [{ title: link.title, url: target.url }] : [];
    }),
    practice: practice.state,
    elsewhere: sameSubjectTopics(sources.subjects, sources.tracker, ref),
    personalNotes: personal.state,
  };
  return {
    kind: 'topic',
    state,
    practiceFiles: practice.files,
    watched: [
      ...practice.watched,
      ...(personal.uri ? [fileWatchPattern(personal.uri)] : []),
      // Bundled note files do not change while the extension runs; a workspace roadmap's may.
      ...(topic.noteFile && entry.origin === 'workspace'
        ? [new vscode.RelativePattern(vscode.Uri.joinPath(entry.uri, '..'), topic.noteFile)]
        : []),
    ],
    notesUri: personal.uri,
  };
}

function fileWatchPattern(uri: vscode.Uri): vscode.RelativePattern {
  return new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), posixPath.basename(uri.path));
}

/** A bundled topic's note, from the note library in the extension. */
async function bundledNoteFile(
  library: BundledNotes,
  topic: RoadmapNode,
  render: (text: string) => RichToken[],
): Promise<TopicState['notes'][number] | undefined> {
  if (!topic.noteFile) return undefined;
  const source = topic.noteFile;
  const checked = checkWorkspacePath(source, { percentEncoded: false });
  let text: string | undefined;
  try {
    text = checked.ok ? await library.read(checked.path) : undefined;
  } catch (failure) {
    return {
      source,
      content: problemParagraph(
        vscode.l10n.t('The note {0} could not be read: {1}.', source, failure instanceof Error ? failure.message : String(failure)),
      ),
    };
  }
  if (text === undefined) return { source, content: problemParagraph(vscode.l10n.t('The note {0} is not in the note library.', source)) };
  return { source, content: render(text) };
}

/** A workspace topic's shared note file, next to the roadmap file and inside the workspace. */
async function noteFileNote(
  entry: LoadedRoadmap,
  topic: RoadmapNode,
  render: (text: string) => RichToken[],
): Promise<TopicState['notes'][number] | undefined> {
  if (!topic.noteFile) return undefined;
  const source = topic.noteFile;
  const problem = (message: string) => ({ source, content: problemParagraph(message) });
  const checked = checkWorkspacePath(source, { percentEncoded: false });
  if (!checked.ok) return problem(vscode.l10n.t('The note file {0} cannot be used: {1}.', source, checked.reason));
  const roadmapFolder = vscode.Uri.joinPath(entry.uri, '..');
  const uri = vscode.Uri.joinPath(roadmapFolder, ...checked.segments);
  const resolved = await resolveInFolder(roadmapFolder, checked.segments);
  if (!resolved.ok) return problem(vscode.l10n.t('The note file {0} is not used: {1}.', source, resolved.reason));
  if (!resolved.exists) return problem(vscode.l10n.t('The note file {0} was not found next to the roadmap file.', source));
  const text = await readText(uri);
  if (text.kind === 'error') return problem(vscode.l10n.t('The note file {0} could not be read: {1}.', source, text.reason));
  return { source, content: render(text.text) };
}

async function practiceFiles(
  entry: LoadedRoadmap,
  topic: RoadmapNode,
): Promise<{ state: TopicState['practice']; files: Map<string, vscode.Uri>; watched: vscode.GlobPattern[] }> {
  const folder = await practiceFolderOf(entry, topic);
  const patterns: vscode.GlobPattern[] = [];
  for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of topic.practice) patterns.push(new vscode.RelativePattern(workspaceFolder, glob));
  }
  const searched = [...patterns];
  if (folder.ok) {
    const folderPattern = new vscode.RelativePattern(folder.uri, '**/*');
    // Watched even while missing (its first file refreshes the panel); searched only once it exists: a
    // search rooted in a missing folder can fail, and the panel would then keep the previous topic.
    patterns.push(folderPattern);
    if (folder.exists) searched.push(folderPattern);
  }

  const found = (await Promise.all(searched.map((pattern) => findFilesOrNone(pattern)))).flat();
  const unique = [...new Map(found.map((uri) => [uri.toString(), uri])).values()];
  const inside = (await Promise.all(unique.map(async (uri) => ((await isInsideWorkspace(uri)) ? uri : undefined)))).filter(
    (uri): uri is vscode.Uri => uri !== undefined,
  );
  const labelled = inside
    .map((uri) => ({ uri, label: vscode.workspace.asRelativePath(uri) }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .slice(0, MAX_PRACTICE_FILES);
  const files = new Map(labelled.map(({ uri }, index) => [String(index), uri]));
  return {
    state: {
      folder: folder.ok ? folder.relativePath : undefined,
      folderExists: folder.ok ? folder.exists : undefined,
      problem: folder.ok ? undefined : folder.reason,
      files: labelled.map(({ label }, index) => ({ id: String(index), label })),
    },
    files,
    watched: patterns,
  };
}

/** The files a search finds; none when the search fails (the panel still shows the topic). */
async function findFilesOrNone(pattern: vscode.GlobPattern): Promise<vscode.Uri[]> {
  try {
    return await vscode.workspace.findFiles(pattern, undefined, MAX_PRACTICE_FILES);
  } catch {
    return [];
  }
}

async function personalNotes(
  entry: LoadedRoadmap,
  topic: RoadmapNode,
  render: (text: string) => RichToken[],
): Promise<{ state: TopicState['personalNotes']; uri?: vscode.Uri }> {
  const located = await notesFileOf(entry, topic);
  if (!located.ok) return { state: { exists: false, problem: located.reason } };
  if (!located.exists) return { state: { path: located.relativePath, exists: false }, uri: located.uri };
  const text = await readText(located.uri);
  if (text.kind === 'error') {
    return {
      state: { path: located.relativePath, exists: true, problem: vscode.l10n.t('Your notes could not be read: {0}.', text.reason) },
      uri: located.uri,
    };
  }
  return { state: { path: located.relativePath, exists: true, content: render(text.text) }, uri: located.uri };
}

async function readText(uri: vscode.Uri): Promise<{ kind: 'text'; text: string } | { kind: 'error'; reason: string }> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_NOTE_BYTES) return { kind: 'error', reason: vscode.l10n.t('it is larger than {0} KB', MAX_NOTE_BYTES / 1024) };
    // Unsaved edits are not shown: the panel follows the file as saved.
    return { kind: 'text', text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (failure) {
    return { kind: 'error', reason: failure instanceof Error ? failure.message : String(failure) };
  }
}
