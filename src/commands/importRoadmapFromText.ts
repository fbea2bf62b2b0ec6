// "Import Roadmap from Text": the active editor's text, a file or the clipboard → a .roadmap.yaml file
// in the workspace, with the status markers found in the text as starting progress if the user agrees.
// Importing what is already imported offers to update that roadmap (its progress stays) or to make a copy.
// The text is imported and the YAML written in the roadmap worker: yaml never loads into the extension host.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { decodeTextBytes } from '../model/textImport/encoding';
import type { ImportedStatus, ImportSuccess } from '../model/textImport';
import { STATUSES } from '../model/status';
import type { RoadmapInput } from '../model/schema';
import type { LoadedRoadmap, RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { pickWorkspaceFolder, unusedRoadmapFile, unusedRoadmapId, writeAndOpen } from '../roadmaps/roadmapFiles';
import { displayFormat } from '../platform/displayLanguage';

interface SourceText {
  text: string;
  /** File name without extension, or "clipboard": the title when the text has none. */
  name: string;
}

type SourceKind = 'editor' | 'file' | 'clipboard';

async function pickSource(): Promise<SourceKind | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: (vscode.QuickPickItem & { source: SourceKind })[] = [
    ...(editor
      ? [
          {
            source: 'editor' as const,
            label: `$(file-text) ${vscode.l10n.t('Active editor')}`,
            description: vscode.workspace.asRelativePath(editor.document.uri),
          },
        ]
      : []),
    { source: 'file', label: `$(folder-opened) ${vscode.l10n.t('File…')}`, description: vscode.l10n.t('Markdown or text file') },
    { source: 'clipboard', label: `$(clippy) ${vscode.l10n.t('Clipboard')}` },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Import Roadmap from Text'),
    placeHolder: vscode.l10n.t('Where is the roadmap text?'),
  });
  return picked?.source;
}

const baseName = (uri: vscode.Uri): string => (uri.path.split('/').pop() ?? 'roadmap').replace(/\.[^.]*$/, '');

async function readSource(kind: SourceKind): Promise<SourceText | undefined> {
  if (kind === 'editor') {
    const document = vscode.window.activeTextEditor?.document;
    return document ? { text: document.getText(), name: baseName(document.uri) } : undefined;
  }
  if (kind === 'clipboard') return { text: await vscode.env.clipboard.readText(), name: 'clipboard' };
  const [uri] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Import'),
      filters: { [vscode.l10n.t('Roadmap text')]: ['md', 'markdown', 'txt'], [vscode.l10n.t('All files')]: ['*'] },
    })) ?? [];
  return uri ? { text: decodeTextBytes(await vscode.workspace.fs.readFile(uri)), name: baseName(uri) } : undefined;
}

/** "4 done, 4 in progress, 190 to do": the counts the confirmation shows. */
export function describeProgress(result: ImportSuccess, topicCount: number): string {
  const counts = new Map<ImportedStatus, number>(STATUSES.map((status) => [status, 0]));
  for (const status of result.progress.values()) counts.set(status, (counts.get(status) ?? 0) + 1);
  const todo = topicCount - (counts.get('done') ?? 0) - (counts.get('in-progress') ?? 0) - (counts.get('skipped') ?? 0);
  const format = displayFormat();
  const done = format.number(counts.get('done') ?? 0);
  const inProgress = format.number(counts.get('in-progress') ?? 0);
  const skipped = format.number(counts.get('skipped') ?? 0);
  if ((counts.get('skipped') ?? 0) > 0)
    return vscode.l10n.t('{0} done, {1} in progress, {2} skipped and {3} to do', done, inProgress, skipped, format.number(todo));
  return vscode.l10n.t('{0} done, {1} in progress and {2} to do', done, inProgress, format.number(todo));
}

function countTopics(nodes: readonly { kind?: string; children?: readonly unknown[] }[]): number {
  return nodes.reduce(
    (sum, node) => sum + (node.kind === 'group' ? 0 : 1) + countTopics((node.children ?? []) as { kind?: string; children?: unknown[] }[]),
    0,
  );
}

export function importRoadmapHandler(context: CommandContext) {
  return async (): Promise<void> => {
    const kind = await pickSource();
    const source = kind ? await readSource(kind) : undefined;
    if (!source) return;
    const { reader } = context.catalog;
    const result = await reader.importText(source.text, { fallbackTitle: source.name === 'clipboard' ? undefined : source.name });
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The roadmap could not be imported: {0}', result.error.message));
      return;
    }
    const comment = `Imported by Roadmap Tracker from ${source.name}.`;
    const withSource = (roadmap: RoadmapInput): RoadmapInput =>
      source.name !== 'clipboard' && roadmap.source === undefined ? { ...roadmap, source: `Imported from ${source.name}` } : roadmap;

    const earlier = earlierImportOf(context.catalog, result.roadmap);
    if (earlier) {
      const choice = await askAboutEarlierImport(earlier);
      if (choice === undefined) return;
      if (choice === 'update') {
        // The earlier roadmap's id stays, and with it the progress saved under it.
        const updated = withSource({ ...result.roadmap, id: earlier.roadmap.id });
        await writeAndOpen(context.catalog, earlier.uri, await reader.toYaml(updated, comment));
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Updated "{0}" in {1}; its progress is kept.', updated.title, vscode.workspace.asRelativePath(earlier.uri)),
        );
        return;
      }
    }

    const withProgress = await askAboutProgress(result);
    if (withProgress === undefined) return;

    const folder = await pickWorkspaceFolder();
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: an imported roadmap is saved as a file in the workspace.'));
      return;
    }
    const roadmap = withSource({ ...result.roadmap, id: unusedRoadmapId(context.catalog, context.store, result.roadmap.id) });
    const uri = await unusedRoadmapFile(folder.uri, roadmap.id);
    // The file first: if writing it fails, no progress is left behind for a roadmap that does not exist.
    await writeAndOpen(context.catalog, uri, await reader.toYaml(roadmap, comment));
    if (withProgress) await saveImportedProgress(context, roadmap, result);
    const first = roadmap.nodes[0];
    if (first && context.catalog.get(roadmap.id)) {
      await context.treeView.reveal(context.treeProvider.nodeElement(roadmap.id, first.id), { select: false, focus: false, expand: true });
    }
    const where = vscode.workspace.asRelativePath(uri);
    void vscode.window.showInformationMessage(
      result.repairedSequences > 0
        ? vscode.l10n.t(
            'Imported "{0}" into {1}. Text damaged by a wrong encoding was repaired ({2} places).',
            roadmap.title,
            where,
            result.repairedSequences,
          )
        : vscode.l10n.t('Imported "{0}" into {1}.', roadmap.title, where),
    );
  };
}

async function saveImportedProgress(context: CommandContext, roadmap: RoadmapInput, result: ImportSuccess): Promise<void> {
  for (const status of STATUSES) {
    const topicIds = [...result.progress].filter(([, marked]) => marked === status).map(([topicId]) => topicId);
    if (status !== 'todo' && topicIds.length > 0) await context.store.setStatus(roadmap.id, topicIds, status);
  }
}

const sameTitle = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** A workspace roadmap the same text was imported into before: same id (before numbering) or same title. */
export function earlierImportOf(catalog: RoadmapCatalog, imported: RoadmapInput): LoadedRoadmap | undefined {
  return catalog
    .loaded()
    .find((entry) => entry.origin === 'workspace' && (entry.roadmap.id === imported.id || sameTitle(entry.roadmap.title, imported.title)));
}

async function askAboutEarlierImport(earlier: LoadedRoadmap): Promise<'update' | 'copy' | undefined> {
  const UPDATE = vscode.l10n.t('Update It');
  const COPY = vscode.l10n.t('Make a Copy');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('"{0}" is already in {1}.', earlier.roadmap.title, vscode.workspace.asRelativePath(earlier.uri)),
    {
      modal: true,
      detail: vscode.l10n.t('Update that roadmap from this text (its progress is kept), or import it as a copy with its own progress?'),
    },
    UPDATE,
    COPY,
  );
  return answer === UPDATE ? 'update' : answer === COPY ? 'copy' : undefined;
}

/** true: keep the markers as progress; false: start from zero; undefined: cancelled. */
async function askAboutProgress(result: ImportSuccess): Promise<boolean | undefined> {
  const marked = [...result.progress.values()].some((status) => status !== 'todo');
  if (!marked) return false;
  const keep = vscode.l10n.t('Import with Progress');
  const zero = vscode.l10n.t('Import without Progress');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('"{0}" marks {1}.', result.roadmap.title, describeProgress(result, countTopics(result.roadmap.nodes))),
    { modal: true, detail: vscode.l10n.t("Use these markers as the roadmap's starting progress?") },
    keep,
    zero,
  );
  return answer === undefined ? undefined : answer === keep;
}
