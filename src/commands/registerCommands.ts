// The one registry: every command id bound to its handler, each run through one failure wrapper, every
// registration disposed with the extension. Every command's handler lives in this folder; the handlers are
// a bundle of their own (dist/commands.js, commandHandlers.ts), required when the first command runs.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import type { CommandContext } from './commandContext';
import { commandTitles, guardCommand, type CommandHandler } from './commandFailures';
import { PROGRESS_VIEW_ID } from '../contracts/activitySettings';
import type * as CommandHandlers from './commandHandlers';

let loaded: typeof CommandHandlers | undefined;

/** A handler from dist/commands.js, made when its command first runs. */
function lazy(make: (handlers: typeof CommandHandlers) => CommandHandler): CommandHandler {
  let handler: CommandHandler | undefined;
  return (...args) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded on first use
    loaded ??= require('./commandHandlers') as typeof CommandHandlers;
    handler ??= make(loaded);
    return handler(...args);
  };
}

export function registerCommands(extensionContext: vscode.ExtensionContext, context: CommandContext, log: vscode.LogOutputChannel): void {
  const handlers: Record<CommandId, CommandHandler> = {
    [CommandId.MarkDone]: lazy((commands) => commands.setStatusHandler(context, 'done', vscode.l10n.t('Mark Done'))),
    [CommandId.MarkInProgress]: lazy((commands) => commands.setStatusHandler(context, 'in-progress', vscode.l10n.t('Mark In Progress'))),
    [CommandId.MarkSkipped]: lazy((commands) => commands.setStatusHandler(context, 'skipped', vscode.l10n.t('Mark Skipped'))),
    [CommandId.MarkTodo]: lazy((commands) => commands.setStatusHandler(context, 'todo', vscode.l10n.t('Reset to To Do'))),
    [CommandId.ToggleDone]: lazy((commands) => commands.toggleDoneHandler(context)),
    [CommandId.ResetRoadmap]: lazy((commands) => commands.resetRoadmapHandler(context)),
    [CommandId.RevealNextTopic]: lazy((commands) => commands.revealNextTopicHandler(context)),
    [CommandId.Refresh]: () => context.catalog.reload(),
    [CommandId.MoveOrphanedProgress]: lazy((commands) => commands.moveOrphanedProgressHandler(context)),
    [CommandId.DropOrphanedProgress]: lazy((commands) => commands.dropOrphanedProgressHandler(context)),
    [CommandId.ExportProgress]: lazy((commands) => commands.exportProgressHandler(context)),
    [CommandId.ImportProgress]: lazy((commands) => commands.importProgressHandler(context)),
    [CommandId.NewRoadmap]: lazy((commands) => commands.newRoadmapHandler(context)),
    [CommandId.ImportRoadmap]: lazy((commands) => commands.importRoadmapHandler(context)),
    [CommandId.OpenTopic]: lazy((commands) => commands.openTopicHandler(context)),
    [CommandId.OpenNotes]: lazy((commands) => commands.openNotesHandler(context)),
    [CommandId.NewPracticeFile]: lazy((commands) => commands.newPracticeFileHandler(context)),
    [CommandId.OpenPracticeFolder]: lazy((commands) => commands.openPracticeFolderHandler(context)),
    [CommandId.ChooseRoadmap]: lazy((commands) => commands.chooseRoadmapHandler(context)),
    [CommandId.FollowRoadmap]: lazy((commands) => commands.followRoadmapHandler(context)),
    [CommandId.StopFollowing]: lazy((commands) => commands.stopFollowingHandler(context)),
    [CommandId.ShowAllRoadmaps]: lazy((commands) => commands.showAllRoadmapsHandler(context, true)),
    [CommandId.ShowFollowedRoadmaps]: lazy((commands) => commands.showAllRoadmapsHandler(context, false)),
    [CommandId.GoToTopic]: lazy((commands) => commands.goToTopicHandler(context)),
    [CommandId.Continue]: lazy((commands) => commands.continueHandler(context)),
    [CommandId.HideDone]: lazy((commands) => commands.setFilterHandler(context, 'hideDone', true)),
    [CommandId.ShowDone]: lazy((commands) => commands.setFilterHandler(context, 'hideDone', false)),
    [CommandId.HideSkipped]: lazy((commands) => commands.setFilterHandler(context, 'hideSkipped', true)),
    [CommandId.ShowSkipped]: lazy((commands) => commands.setFilterHandler(context, 'hideSkipped', false)),
    [CommandId.InProgressOnly]: lazy((commands) => commands.setFilterHandler(context, 'inProgressOnly', true)),
    [CommandId.ShowEveryStatus]: lazy((commands) => commands.setFilterHandler(context, 'inProgressOnly', false)),
    [CommandId.ClearFilters]: () => context.filterState.clear(),
    [CommandId.MarkSectionDone]: lazy((commands) => commands.sectionStatusHandler(context, 'done')),
    [CommandId.MarkSectionInProgress]: lazy((commands) => commands.sectionStatusHandler(context, 'in-progress')),
    [CommandId.ResetSection]: lazy((commands) => commands.sectionStatusHandler(context, 'todo')),
    [CommandId.CarryProgress]: lazy((commands) => commands.carryProgressHandler(context)),
    [CommandId.RunCheck]: lazy((commands) => commands.runCheckHandler(context)),
    [CommandId.SetCheck]: lazy((commands) => commands.setCheckHandler(context)),
    [CommandId.ShowMap]: lazy((commands) => commands.showMapHandler(context)),
    [CommandId.ShowProgress]: () => vscode.commands.executeCommand(`${PROGRESS_VIEW_ID}.focus`),
    [CommandId.ExportMapSvg]: lazy((commands) => commands.exportHandler(context, 'map', 'svg')),
    [CommandId.ExportMapPng]: lazy((commands) => commands.exportHandler(context, 'map', 'png')),
    [CommandId.ExportProgressCardSvg]: lazy((commands) => commands.exportHandler(context, 'card', 'svg')),
    [CommandId.ExportProgressCardPng]: lazy((commands) => commands.exportHandler(context, 'card', 'png')),
  };
  const titles = commandTitles(extensionContext.extension);
  for (const [id, handler] of Object.entries(handlers) as [CommandId, CommandHandler][]) {
    const guarded = guardCommand(id, titles.get(id) ?? id, handler, log);
    extensionContext.subscriptions.push(vscode.commands.registerCommand(id, guarded));
  }
}
