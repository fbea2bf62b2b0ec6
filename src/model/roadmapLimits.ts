// The size limit of a roadmap file and its message, shared by the loader and the catalog (which checks
// a file's size before reading it).
import * as l10n from '@vscode/l10n';
import { utf8ByteLength } from './utf8';
import { formatMessageDecimal, formatMessageNumber } from './messageNumbers';

export const DEFAULT_MAX_ROADMAP_BYTES = 8 * 1024 * 1024;

/** The most bytes UTF-8 takes for one UTF-16 code unit (a surrogate pair, two units, takes 4). */
const MAX_UTF8_BYTES_PER_CODE_UNIT = 3;

/**
 * The UTF-8 size of `text` when it is over `maxBytes`, else undefined. A text short enough that it fits
 * even at 3 bytes a code unit is not counted: that is every file but the largest, and counting walks it all.
 */
export function sizeOverLimit(text: string, maxBytes: number): number | undefined {
  if (text.length * MAX_UTF8_BYTES_PER_CODE_UNIT <= maxBytes) return undefined;
  const size = utf8ByteLength(text);
  return size > maxBytes ? size : undefined;
}

export function tooLargeMessage(size: number, maxBytes: number = DEFAULT_MAX_ROADMAP_BYTES): string {
  return l10n.t('the file is {0}; roadmaps are limited to {1}', formatBytes(size), formatBytes(maxBytes));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatMessageDecimal(bytes / (1024 * 1024))} MB` : `${formatMessageNumber(Math.ceil(bytes / 1024))} KB`;
}
