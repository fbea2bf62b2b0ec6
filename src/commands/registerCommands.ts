// The one registry: every command id bound to its handler, each run through one failure wrapper, every
// registration disposed with the extension. Every command's handler lives in this folder.
import * as vscode from 'vscode';
import { CommandId } from '../contracts/commandIds';
import type { CommandContext } from './commandContext';
import { commandTitles, guardCommand, type CommandHandler } from './commandFailures';
import { exportProgressHandler, importProgressHandler } from './progressTransfer';
import { dropOrphanedProgressHandler, moveOrphanedProgressHandler } from './orphanedProgress';
import { newPracticeFileHandler, openNotesHandler, openPracticeFolderHandler } from './topicFileCommands';
import { openTopicHandler } from './openTopic';
import { resetRoadmapHandler } from './resetRoadmap';
import { revealNextTopicHandler } from './revealNextTopic';
import { setStatusHandler, toggleDoneHandler } from './setStatus';
import { importRoadmapHandler } from './importRoadmapFromText';
import { newRoadmapHandler } from './newRoadmap';
import { chooseRoadmapHandler, followRoadmapHandler, showAllRoadmapsHandler, stopFollowingHandler } from './followCommands';
import { goToTopicHandler } from './goToTopic';
import { continueHandler } from './continue';
import { setFilterHandler } from './filterCommands';
import { sectionStatusHandler } from './sectionStatus';
import { carryProgressHandler } from './carryProgress';

import { runCheckHandler, setCheckHandler } from './checkCommands';
import { exportHandler, showMapHandler } from './mapCommands';
import { PROGRESS_VIEW_ID } from '../contracts/activitySettings';

export function registerCommands(extensionContext: vscode.ExtensionContext, context: CommandContext, log: vscode.LogOutputChannel): void {
  const handlers: Record<CommandId, CommandHandler> = {
    [CommandId.MarkDone]: setStatusHandler(context, 'done', vscode.l10n.t('Mark Done')),
    [CommandId.MarkInProgress]: setStatusHandler(context, 'in-progress', vscode.l10n.t('Mark In Progress')),
    [CommandId.MarkSkipped]: setStatusHandler(context, 'skipped', vscode.l10n.t('Mark Skipped')),
    [CommandId.MarkTodo]: setStatusHandler(context, 'todo', vscode.l10n.t('Reset to To Do')),
    [CommandId.ToggleDone]: toggleDoneHandler(context),
    [CommandId.ResetRoadmap]: resetRoadmapHandler(context),
    [CommandId.RevealNextTopic]: revealNextTopicHandler(context),
    [CommandId.Refresh]: () => context.catalog.reload(),
    [CommandId.MoveOrphanedProgress]: moveOrphanedProgressHandler(context),
    [CommandId.DropOrphanedProgress]: dropOrphanedProgressHandler(context),
    [CommandId.ExportProgress]: exportProgressHandler(context),
    [CommandId.ImportProgress]: importProgressHandler(context),
    [CommandId.NewRoadmap]: newRoadmapHandler(context),
    [CommandId.ImportRoadmap]: importRoadmapHandler(context),
    [CommandId.OpenTopic]: openTopicHandler(context),
    [CommandId.OpenNotes]: openNotesHandler(context),
    [CommandId.NewPracticeFile]: newPracticeFileHandler(context),
    [CommandId.OpenPracticeFolder]: openPracticeFolderHandler(context),
    [CommandId.ChooseRoadmap]: chooseRoadmapHandler(context),
    [CommandId.FollowRoadmap]: followRoadmapHandler(context),
    [CommandId.StopFollowing]: stopFollowingHandler(context),
    [CommandId.ShowAllRoadmaps]: showAllRoadmapsHandler(context, true),
    [CommandId.ShowFollowedRoadmaps]: showAllRoadmapsHandler(context, false),
    [CommandId.GoToTopic]: goToTopicHandler(context),
    [CommandId.Continue]: continueHandler(context),
    [CommandId.HideDone]: setFilterHandler(context, 'hideDone', true),
    [CommandId.ShowDone]: setFilterHandler(context, 'hideDone', false),
    [CommandId.HideSkipped]: setFilterHandler(context, 'hideSkipped', true),
    [CommandId.ShowSkipped]: setFilterHandler(context, 'hideSkipped', false),
    [CommandId.InProgressOnly]: setFilterHandler(context, 'inProgressOnly', true),
    [CommandId.ShowEveryStatus]: setFilterHandler(context, 'inProgressOnly', false),
    [CommandId.ClearFilters]: () => context.filterState.clear(),
    [CommandId.MarkSectionDone]: sectionStatusHandler(context, 'done'),
    [CommandId.MarkSectionInProgress]: sectionStatusHandler(context, 'in-progress'),
    [CommandId.ResetSection]: sectionStatusHandler(context, 'todo'),
    [CommandId.CarryProgress]: carryProgressHandler(context),
    [CommandId.RunCheck]: runCheckHandler(context),
    [CommandId.SetCheck]: setCheckHandler(context),
    [CommandId.ShowMap]: showMapHandler(context),
    [CommandId.ShowProgress]: () => vscode.commands.executeCommand(`${PROGRESS_VIEW_ID}.focus`),
    [CommandId.ExportMapSvg]: exportHandler(context, 'map', 'svg'),
    [CommandId.ExportMapPng]: exportHandler(context, 'map', 'png'),
    [CommandId.ExportProgressCardSvg]: exportHandler(context, 'card', 'svg'),
    [CommandId.ExportProgressCardPng]: exportHandler(context, 'card', 'png'),
  };
  const titles = commandTitles(extensionContext.extension);
  for (const [id, handler] of Object.entries(handlers) as [CommandId, CommandHandler][]) {
    const guarded = guardCommand(id, titles.get(id) ?? id, handler, log);
    extensionContext.subscriptions.push(vscode.commands.registerCommand(id, guarded));
  }
}
