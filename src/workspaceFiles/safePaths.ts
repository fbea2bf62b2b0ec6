// Resolves a checked relative path inside a root folder on disk, following symbolic links, and refuses
// it when the real location is outside the root. No vscode import: the file system is passed in, so the
// symlink cases are unit-tested against a real temporary folder.
import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

export interface RealPathFileSystem {
  realpath(target: string): Promise<string>;
  /** Succeeds for a symbolic link even when what it points at is missing. */
  lstat(target: string): Promise<unknown>;
}

export type Resolved =
  { readonly ok: true; readonly path: string; readonly exists: boolean } | { readonly ok: false; readonly reason: string };

/** True when `candidate` is `root` or below it. Both must be absolute and normalised the same way. */
export function isInside(root: string, candidate: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, candidate);
  if (relative === '') return true;
  if (pathApi.isAbsolute(relative)) return false; // another drive on Windows
  return relative.split(pathApi.sep)[0] !== '..';
}

/**
 * `root/segments…` when its real location (symbolic links followed, for the part that exists) is
 * inside the real `root`. A file that does not exist yet is fine if its nearest existing folder is
 * inside: that is where it would be created.
 */
export async function resolveInside(root: string, segments: readonly string[], fileSystem: RealPathFileSystem = nodeFs): Promise<Resolved> {
  if (segments.some((segment) => segment === '..' || segment.includes('/') || segment.includes(path.sep))) {
    return { ok: false, reason: l10n.t('the path is not a plain relative path') };
  }
  let realRoot: string;
  try {
    realRoot = await fileSystem.realpath(root);
  } catch {
    return { ok: false, reason: l10n.t('the folder does not exist') };
  }
  const target = path.join(root, ...segments);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    try {
      const real = await fileSystem.realpath(existing);
      const realTarget = path.join(real, ...missing);
      if (!isInside(realRoot, realTarget)) {
        return { ok: false, reason: l10n.t('the path leads out of the folder through a symbolic link') };
      }
      return { ok: true, path: target, exists: missing.length === 0 };
    } catch (failure) {
      if (!isMissing(failure)) return { ok: false, reason: l10n.t('the path cannot be read ({0})', describe(failure)) };
      // A dangling symbolic link: writing through it would create a file wherever it points.
      if (await exists(fileSystem, existing)) return { ok: false, reason: l10n.t('the path is a symbolic link to something missing') };
      const parent = path.dirname(existing);
      if (parent === existing || !isInside(root, parent)) return { ok: false, reason: l10n.t('the folder does not exist') };
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

async function exists(fileSystem: RealPathFileSystem, target: string): Promise<boolean> {
  try {
    await fileSystem.lstat(target);
    return true;
  } catch {
    return false;
  }
}

function isMissing(failure: unknown): boolean {
  const code = (failure as { code?: unknown } | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
