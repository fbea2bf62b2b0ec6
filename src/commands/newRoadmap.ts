// "New Roadmap": asks for a title and writes a starter roadmap file into the workspace.
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { slugify } from '../model/textImport/ids';
import { newRoadmapTemplate } from '../model/roadmapTemplate';
import { pickWorkspaceFolder, unusedRoadmapFile, unusedRoadmapId, writeAndOpen } from '../roadmaps/roadmapFiles';

export function newRoadmapHandler(context: CommandContext) {
  return async (): Promise<void> => {
    const folder = await pickWorkspaceFolder();
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: a new roadmap is a file in the workspace.'));
      return;
    }
    const title = await vscode.window.showInputBox({
      title: vscode.l10n.t('New Roadmap'),
      prompt: vscode.l10n.t('Title of the roadmap'),
      value: vscode.l10n.t('My Roadmap'),
      validateInput: (value) =>
        value.trim().length === 0
          ? vscode.l10n.t('A roadmap needs a title.')
          : value.length > 200
            ? vscode.l10n.t('At most {0} characters.', 200)
            : undefined,
    });
    if (title === undefined) return;
    const id = unusedRoadmapId(context.catalog, context.store, slugify(title.trim()));
    const uri = await unusedRoadmapFile(folder.uri, id);
    await writeAndOpen(context.catalog, uri, newRoadmapTemplate({ id, title: title.trim() }));
  };
}
