// Every command id in one place; package.json contributes the same ids (a unit test checks both agree).
import type { Status } from '../model/status';

export enum CommandId {
  MarkDone = 'roadmapTracker.markDone',
  MarkInProgress = 'roadmapTracker.markInProgress',
  MarkSkipped = 'roadmapTracker.markSkipped',
  MarkTodo = 'roadmapTracker.markTodo',
  ToggleDone = 'roadmapTracker.toggleDone',
  ResetRoadmap = 'roadmapTracker.resetRoadmap',
  RevealNextTopic = 'roadmapTracker.revealNextTopic',
  Refresh = 'roadmapTracker.refresh',
  MoveOrphanedProgress = 'roadmapTracker.moveOrphanedProgress',
  DropOrphanedProgress = 'roadmapTracker.dropOrphanedProgress',
  ExportProgress = 'roadmapTracker.exportProgress',
  ImportProgress = 'roadmapTracker.importProgress',
  NewRoadmap = 'roadmapTracker.newRoadmap',
  ImportRoadmap = 'roadmapTracker.importRoadmap',
  OpenTopic = 'roadmapTracker.openTopic',
  OpenNotes = 'roadmapTracker.openNotes',
  NewPracticeFile = 'roadmapTracker.newPracticeFile',
  OpenPracticeFolder = 'roadmapTracker.openPracticeFolder',
  ChooseRoadmap = 'roadmapTracker.chooseRoadmap',
  FollowRoadmap = 'roadmapTracker.followRoadmap',
  StopFollowing = 'roadmapTracker.stopFollowing',
  ShowAllRoadmaps = 'roadmapTracker.showAllRoadmaps',
  ShowFollowedRoadmaps = 'roadmapTracker.showFollowedRoadmaps',
  GoToTopic = 'roadmapTracker.goToTopic',
  Continue = 'roadmapTracker.continue',
  HideDone = 'roadmapTracker.hideDone',
  ShowDone = 'roadmapTracker.showDone',
  HideSkipped = 'roadmapTracker.hideSkipped',
  ShowSkipped = 'roadmapTracker.showSkipped',
  InProgressOnly = 'roadmapTracker.inProgressOnly',
  ShowEveryStatus = 'roadmapTracker.showEveryStatus',
  ClearFilters = 'roadmapTracker.clearFilters',
  MarkSectionDone = 'roadmapTracker.markSectionDone',
  MarkSectionInProgress = 'roadmapTracker.markSectionInProgress',
  ResetSection = 'roadmapTracker.resetSection',
  CarryProgress = 'roadmapTracker.carryProgress',
  RunCheck = 'roadmapTracker.runCheck',
  SetCheck = 'roadmapTracker.setCheck',
  ShowMap = 'roadmapTracker.showMap',
  ShowProgress = 'roadmapTracker.showProgress',
  ExportMapSvg = 'roadmapTracker.exportMapSvg',
  ExportMapPng = 'roadmapTracker.exportMapPng',
  ExportProgressCardSvg = 'roadmapTracker.exportProgressCardSvg',
  ExportProgressCardPng = 'roadmapTracker.exportProgressCardPng',
}

export const VIEW_CONTAINER_ID = 'roadmapTracker';
export const ROADMAPS_VIEW_ID = 'roadmapTracker.roadmaps';

/** The command that sets each status (what the panels' status buttons and the map's keys run). */
export const STATUS_COMMANDS: Readonly<Record<Status, CommandId>> = {
  done: CommandId.MarkDone,
  'in-progress': CommandId.MarkInProgress,
  skipped: CommandId.MarkSkipped,
  todo: CommandId.MarkTodo,
};
