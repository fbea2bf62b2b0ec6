// The size limit of a roadmap file and its message, shared by the loader and the catalog (which checks
// a file's size before reading it).
import * as l10n from '@vscode/l10n';

export const DEFAULT_MAX_ROADMAP_BYTES = 8 * 1024 * 1024;

export function tooLargeMessage(size: number, maxBytes: number = DEFAULT_MAX_ROADMAP_BYTES): string {
  return l10n.t('the file is {0}; roadmaps are limited to {1}', formatBytes(size), formatBytes(maxBytes));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
