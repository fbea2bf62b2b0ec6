// Every command's handler, as a bundle of its own (dist/commands.js, see esbuild.js): registerCommands.ts
// registers every command at activation and requires this module when the first command runs. A handler
// gets everything through its CommandContext.
import { shareL10nBundle } from '../platform/sharedL10n';
export { setStatusHandler, toggleDoneHandler } from './setStatus';
export { resetRoadmapHandler } from './resetRoadmap';
export { revealNextTopicHandler } from './revealNextTopic';
export { dropOrphanedProgressHandler, moveOrphanedProgressHandler } from './orphanedProgress';
export { exportProgressHandler, importProgressHandler } from './progressTransfer';
export { newRoadmapHandler } from './newRoadmap';
export { importRoadmapHandler } from './importRoadmapFromText';
export { openTopicHandler } from './openTopic';
export { newPracticeFileHandler, openNotesHandler, openPracticeFolderHandler } from './topicFileCommands';
export { chooseRoadmapHandler, followRoadmapHandler, showAllRoadmapsHandler, stopFollowingHandler } from './followCommands';
export { goToTopicHandler } from './goToTopic';
export { continueHandler } from './continue';
export { setFilterHandler } from './filterCommands';
export { sectionStatusHandler } from './sectionStatus';
export { carryProgressHandler } from './carryProgress';
export { runCheckHandler, setCheckHandler } from './checkCommands';
export { exportHandler, showMapHandler } from './mapCommands';
// This lazy bundle has its own copy of @vscode/l10n: it gets the display language's bundle too.
shareL10nBundle();
