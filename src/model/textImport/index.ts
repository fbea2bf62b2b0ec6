export { importRoadmapText, IMPORT_LIMITS } from './importText';
export type { ImportOptions, ImportResult, ImportSuccess, ImportError, ImportErrorCode } from './importText';
export type { ImportedStatus } from './inline';
export { exportRoadmapMarkdown } from './exportMarkdown';
export { slugify } from './ids';
export { roadmapToYaml } from './roadmapYaml';
