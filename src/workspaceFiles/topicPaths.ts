// Where a topic's practice folder and personal notes file live, from the path settings. Pure: the
// result is a checked workspace-relative path; safePaths.ts then resolves it on disk.
import { checkWorkspacePath, type PathCheck } from './links';
import * as l10n from '@vscode/l10n';

export interface TopicPlaceholders {
  readonly roadmapId: string;
  readonly topicId: string;
}

/** The placeholders a path setting may use, spelled like VS Code's own `${workspaceFolder}`. */
export const PATH_PLACEHOLDERS = ['${roadmapId}', '${topicId}'] as const;

/** Fills `${roadmapId}` and `${topicId}` into a path setting and checks the result as a workspace path. */
export function expandPathTemplate(template: string, values: TopicPlaceholders): PathCheck {
  const unknown = /\$\{(?!roadmapId\}|topicId\})[^}]*\}?/.exec(template);
  if (unknown) return { ok: false, reason: l10n.t('unknown placeholder "{0}"; use {1} or {2}', unknown[0], ...PATH_PLACEHOLDERS) };
  const expanded = template.replaceAll('${roadmapId}', values.roadmapId).replaceAll('${topicId}', values.topicId);
  return checkWorkspacePath(expanded, { percentEncoded: false });
}

/**
 * The fixed folder a practice glob starts with (`practice/http/**` → `practice/http`), or undefined when
 * the glob has no fixed leading folder. New practice files of a topic that declares globs go there, so
 * they show up in its list.
 */
export function globBaseFolder(glob: string): PathCheck | undefined {
  const segments = glob.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return undefined;
  return checkWorkspacePath(fixed.join('/'), { percentEncoded: false });
}

/** The notes setting names a file (ending in .md) or a folder that holds `<topic id>.md`. */
export function notesFilePath(template: string, values: TopicPlaceholders): PathCheck {
  const fileTemplate = /\.md$/i.test(template) ? template : `${template.replace(/\/+$/, '')}/\${topicId}.md`;
  return expandPathTemplate(fileTemplate, values);
}

/** A file name typed for "New Practice File": a relative path inside the practice folder. */
export function practiceFileName(input: string): PathCheck {
  const check = checkWorkspacePath(input, { percentEncoded: false });
  if (check.ok && /[<>"|?*]/.test(check.path))
    return { ok: false, reason: l10n.t('the name contains a character that file systems refuse (< > " | ? *)') };
  return check;
}
