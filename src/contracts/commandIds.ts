// Every command id in one place; package.json contributes the same ids (a unit test checks both agree).

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
  ShowMap = 'roadmapTracker.showMap',
  ShowProgress = 'roadmapTracker.showProgress',
  ExportMapSvg = 'roadmapTracker.exportMapSvg',
  ExportMapPng = 'roadmapTracker.exportMapPng',
  ExportProgressCardSvg = 'roadmapTracker.exportProgressCardSvg',
  ExportProgressCardPng = 'roadmapTracker.exportProgressCardPng',
}

export const VIEW_CONTAINER_ID = 'roadmapTracker';
export const ROADMAPS_VIEW_ID = 'roadmapTracker.roadmaps';
