// Export a roadmap's progress (JSON that imports back exactly, or a Markdown checklist) and import
// either back, by one of two rules the learner picks: Merge (the later change wins, as in syncing) or
// Restore (the file's statuses become the current ones, stamped now, so they win everywhere: what
// undoes a reset). The changes are listed first, and any can be unticked.
import * as vscode from 'vscode';
import { exportProgressJson, exportProgressMarkdown, parseChecklist, parseProgressJson } from '../model/progressTransfer/progressExport';
import {
  checklistEntries,
  matchChecklist,
  previewImport,
  previewRestore,
  type StatusChange,
  type UnmatchedItem,
} from '../model/progressTransfer/progressImport';
import type { Roadmap } from '../model/roadmap';
import type { ProgressEntry, Status } from '../model/status';
import type { CommandContext } from './commandContext';
import { orderedRoadmaps, roadmapIdOf } from './targets';
import { displayFormat } from '../platform/displayLanguage';
import { statusLabel } from '../platform/statusLabels';

export type ExportFormat = 'json' | 'markdown';

const EXTENSION: Readonly<Record<ExportFormat, string>> = { json: 'json', markdown: 'md' };

async function pickRoadmap(context: CommandContext, title: string): Promise<Roadmap | undefined> {
  const picked = await vscode.window.showQuickPick(
    orderedRoadmaps(context).map((roadmap) => ({ label: roadmap.title, description: roadmap.id, roadmap })),
    { title, placeHolder: vscode.l10n.t('Which roadmap?') },
  );
  return picked?.roadmap;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', detail: vscode.l10n.t('Every saved status with its exact time; imports back exactly.'), format: 'json' as const },
      {
        label: vscode.l10n.t('Markdown checklist'),
        detail: vscode.l10n.t('- [x] Topic, indented like the roadmap; for reading and sharing.'),
        format: 'markdown' as const,
      },
    ],
    { title: vscode.l10n.t('Export Progress'), placeHolder: vscode.l10n.t('Which format?') },
  );
  return picked?.format;
}

/** The roadmap's topics that a passing check marked done (the export keeps that evidence). */
function verifiedTopics(context: CommandContext, roadmap: Roadmap): Map<string, number> {
  const verified = new Map<string, number>();
  for (const topic of roadmap.topics) {
    const at = context.checks.markOf({ roadmapId: roadmap.id, topicId: topic.id })?.verifiedAt;
    if (at !== undefined) verified.set(topic.id, at);
  }
  return verified;
}

/** Arguments (all optional, for menus and tests): a roadmap (element, id or topic ref), a format, a file URI. */
export function exportProgressHandler(context: CommandContext) {
  return async (target?: unknown, formatArgument?: unknown, uriArgument?: unknown): Promise<vscode.Uri | undefined> => {
    const targetId = roadmapIdOf(target);
    const roadmap = targetId ? context.catalog.get(targetId)?.roadmap : await pickRoadmap(context, vscode.l10n.t('Export Progress'));
    if (!roadmap) return undefined;
    const format = formatArgument === 'json' || formatArgument === 'markdown' ? formatArgument : await pickFormat();
    if (!format) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const fileName = `${roadmap.id}-progress.${EXTENSION[format]}`;
    const uri =
      uriArgument instanceof vscode.Uri
        ? uriArgument
        : await vscode.window.showSaveDialog({
            title: vscode.l10n.t('Export Progress of "{0}"', roadmap.title),
            defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
            filters: format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
          });
    if (!uri) return undefined;
    const progress = context.store.progressOf(roadmap.id);
    const exportedAt = context.store.nextStamp();
    const verified = verifiedTopics(context, roadmap);
    const text =
      format === 'json'
        ? exportProgressJson(roadmap, progress, exportedAt, verified)
        : exportProgressMarkdown(roadmap, progress, exportedAt, verified);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    if (!(uriArgument instanceof vscode.Uri)) {
      const open = vscode.l10n.t('Open');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Exported the progress of "{0}" to {1}.', roadmap.title, vscode.workspace.asRelativePath(uri)),
          open,
        )
        .then(async (answer) => {
          if (answer === open) await vscode.window.showTextDocument(uri);
        });
    }
    return uri;
  };
}

interface ImportPlan {
  readonly roadmapId: string;
  readonly roadmapTitle: string;
  readonly roadmap: Roadmap | undefined;
  readonly incoming: Map<string, ProgressEntry>;
  /** JSON carries exact times, so entries that change nothing visible are merged too. */
  readonly exact: boolean;
  readonly unmatched: readonly UnmatchedItem[];
}

async function planJsonImport(context: CommandContext, text: string): Promise<ImportPlan | undefined> {
  const parsed = parseProgressJson(text);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('This file cannot be imported: {0}.', parsed.reason));
    return undefined;
  }
  const { roadmapId, roadmapTitle, progress } = parsed.value;
  const roadmap = context.catalog.get(roadmapId)?.roadmap;
  return { roadmapId, roadmapTitle: roadmap?.title ?? roadmapTitle ?? roadmapId, roadmap, incoming: progress, exact: true, unmatched: [] };
}

async function planChecklistImport(context: CommandContext, text: string): Promise<ImportPlan | undefined> {
  const checklist = parseChecklist(text);
  if (!checklist.items.some((item) => item.status !== undefined)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('This file has no checklist lines ("- [x] Topic") to import.'));
    return undefined;
  }
  const loaded = context.catalog.loaded().map((entry) => entry.roadmap);
  const byTitle = (title: string | undefined) =>
    loaded.filter((roadmap) => title !== undefined && roadmap.title.trim().toLowerCase() === title.trim().toLowerCase());
  const roadmap =
    (checklist.roadmapId ? context.catalog.get(checklist.roadmapId)?.roadmap : undefined) ??
    (byTitle(checklist.title).length === 1 ? byTitle(checklist.title)[0] : undefined) ??
    (await pickRoadmap(context, vscode.l10n.t('Import Checklist into Roadmap')));
  if (!roadmap) return undefined;
  const { statuses, unmatched } = matchChecklist(roadmap, checklist);
  // Lines take the export time, so changes made here after the export win over them; a list made by
  // hand has no export time and counts as a change made now.
  const changedAt =
    checklist.roadmapId === roadmap.id && checklist.exportedAt !== undefined ? checklist.exportedAt : context.store.nextStamp();
  return {
    roadmapId: roadmap.id,
    roadmapTitle: roadmap.title,
    roadmap,
    incoming: checklistEntries(statuses, changedAt),
    exact: false,
    unmatched,
  };
}

function changeLabel(change: StatusChange): string {
  return `${statusLabel(change.from)} → ${statusLabel(change.to)}`;
}

export type ImportMode = 'merge' | 'restore';

async function pickChanges(
  plan: ImportPlan,
  mode: ImportMode,
  changes: readonly StatusChange[],
  older: number,
): Promise<readonly StatusChange[] | undefined> {
  const format = displayFormat();
  const notes = [
    older > 0 ? vscode.l10n.t('{0} older or already here', format.number(older)) : '',
    plan.unmatched.length > 0
      ? format.plural(plan.unmatched.length, {
          one: (n) => vscode.l10n.t('{0} line not matched', n),
          other: (n) => vscode.l10n.t('{0} lines not matched', n),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const items = changes.map((change) => ({
    label: change.title,
    description: changeLabel(change),
    detail: change.orphan ? vscode.l10n.t('No topic of the roadmap has this id: it is kept as orphaned progress.') : undefined,
    picked: true,
    change,
  }));
  const counted = plural(changes.length);
  const title =
    mode === 'merge'
      ? notes
        ? vscode.l10n.t('Import into "{0}": {1} ({2})', plan.roadmapTitle, counted, notes)
        : vscode.l10n.t('Import into "{0}": {1}', plan.roadmapTitle, counted)
      : notes
        ? vscode.l10n.t('Restore in "{0}": {1} ({2})', plan.roadmapTitle, counted, notes)
        : vscode.l10n.t('Restore in "{0}": {1}', plan.roadmapTitle, counted);
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder:
      mode === 'merge'
        ? vscode.l10n.t('Untick what should not change, then press Enter to import')
        : vscode.l10n.t('Untick what should not change, then press Enter to restore'),
    canPickMany: true,
    matchOnDescription: true,
  });
  return picked?.map((item) => item.change);
}

const plural = (count: number): string =>
  displayFormat().plural(count, {
    one: (n) => vscode.l10n.t('{0} status change', n),
    other: (n) => vscode.l10n.t('{0} status changes', n),
  });

async function pickMode(plan: ImportPlan, mergeChanges: number, restoreChanges: number): Promise<ImportMode | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Merge'),
        description: plural(mergeChanges),
        detail: vscode.l10n.t(
          'Per topic the later change wins, as between your machines: what changed here after the file was saved stays.',
        ),
        mode: 'merge' as const,
      },
      {
        label: vscode.l10n.t('Restore'),
        description: plural(restoreChanges),
        detail: vscode.l10n.t(
          "The file's statuses become the current ones, here and on your other machines (undoes a reset, for example).",
        ),
        mode: 'restore' as const,
      },
    ],
    {
      title: vscode.l10n.t('Import Progress into "{0}"', plan.roadmapTitle),
      placeHolder: vscode.l10n.t('How should the file be imported?'),
    },
  );
  return picked?.mode;
}

async function readPlan(context: CommandContext, uri: vscode.Uri): Promise<ImportPlan | undefined> {
  const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  return text.trimStart().startsWith('{') ? planJsonImport(context, text) : planChecklistImport(context, text);
}

/**
 * Arguments (optional): the file to import, and 'merge' or 'restore'. Without a file the learner picks
 * one and then the rule; a file given without a rule (another extension, a test) is merged.
 */
export function importProgressHandler(context: CommandContext) {
  return async (uriArgument?: unknown, modeArgument?: unknown): Promise<number | undefined> => {
    const given = uriArgument instanceof vscode.Uri;
    const uri = given
      ? uriArgument
      : (
          await vscode.window.showOpenDialog({
            title: vscode.l10n.t('Import Progress'),
            canSelectMany: false,
            filters: { [vscode.l10n.t('Progress export or checklist')]: ['json', 'md', 'markdown', 'txt'] },
          })
        )?.[0];
    if (!uri) return undefined;
    const plan = await readPlan(context, uri);
    if (!plan) return undefined;

    const current = context.store.progressOf(plan.roadmapId);
    const merge = previewImport(plan.roadmap, current, plan.incoming);
    const restore = previewRestore(plan.roadmap, current, plan.incoming);
    const mode: ImportMode | undefined =
      modeArgument === 'merge' || modeArgument === 'restore'
        ? modeArgument
        : given
          ? 'merge'
          : await pickMode(plan, merge.changes.length, restore.changes.length);
    if (!mode) return undefined;
    const [firstUnmatched] = plan.unmatched;
    const unmatchedNote = firstUnmatched
      ? ` ${displayFormat().plural(plan.unmatched.length, {
          one: (n) => vscode.l10n.t('{0} line matched no topic (line {1}, "{2}").', n, firstUnmatched.line, firstUnmatched.title),
          other: (n) => vscode.l10n.t('{0} lines matched no topic (first: line {1}, "{2}").', n, firstUnmatched.line, firstUnmatched.title),
        })}`
      : '';
    return mode === 'merge'
      ? importByMerge(context, plan, merge, restore.changes.length, unmatchedNote)
      : importByRestore(context, plan, restore, unmatchedNote);
  };
}

async function importByMerge(
  context: CommandContext,
  plan: ImportPlan,
  preview: ReturnType<typeof previewImport>,
  restoreChanges: number,
  unmatchedNote: string,
): Promise<number | undefined> {
  if (preview.changes.length === 0 && (!plan.exact || preview.winners.size === 0)) {
    const hint =
      restoreChanges > 0
        ? ` ${vscode.l10n.t('Restore would change {0}: import it again and choose Restore.', plural(restoreChanges))}`
        : '';
    const nothing = vscode.l10n.t('Importing changes nothing in "{0}": every status is already the same or newer here.', plan.roadmapTitle);
    void vscode.window.showInformationMessage(`${nothing}${hint}${unmatchedNote}`);
    return 0;
  }
  const chosen = preview.changes.length === 0 ? preview.changes : await pickChanges(plan, 'merge', preview.changes, preview.older);
  if (!chosen) return undefined;

  const declined = new Set(preview.changes.filter((change) => !chosen.includes(change)).flatMap((change) => change.savedIds));
  const visible = new Set(chosen.flatMap((change) => change.savedIds));
  const toMerge = new Map([...preview.winners].filter(([savedId]) => !declined.has(savedId) && (plan.exact || visible.has(savedId))));
  await context.store.merge(plan.roadmapId, toMerge);
  void vscode.window.showInformationMessage(
    `${vscode.l10n.t('Imported {0} into "{1}".', plural(chosen.length), plan.roadmapTitle)}${unmatchedNote}`,
  );
  return chosen.length;
}

async function importByRestore(
  context: CommandContext,
  plan: ImportPlan,
  preview: ReturnType<typeof previewRestore>,
  unmatchedNote: string,
): Promise<number | undefined> {
  if (preview.changes.length === 0) {
    const nothing = vscode.l10n.t(
      'Restoring changes nothing in "{0}": every status in the file is already the current one.',
      plan.roadmapTitle,
    );
    void vscode.window.showInformationMessage(`${nothing}${unmatchedNote}`);
    return 0;
  }
  const chosen = await pickChanges(plan, 'restore', preview.changes, 0);
  if (!chosen) return undefined;
  const declined = new Set(preview.changes.filter((change) => !chosen.includes(change)).flatMap((change) => change.savedIds));
  const statuses = new Map<string, Status>([...preview.statuses].filter(([savedId]) => !declined.has(savedId)));
  await context.store.restore(plan.roadmapId, statuses);
  void vscode.window.showInformationMessage(
    `${vscode.l10n.t('Restored {0} in "{1}".', plural(chosen.length), plan.roadmapTitle)}${unmatchedNote}`,
  );
  return chosen.length;
}
