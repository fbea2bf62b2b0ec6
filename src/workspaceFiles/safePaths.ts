// Resolves a checked relative path inside a root folder, and refuses it when it leads out of the folder
// through a symbolic link. Two means, by what the host has:
// - resolveInside: real paths on disk (the Node extension host, `file:` folders): links are followed and
//   the real location must stay inside the real root.
// - resolveInsideByStat: only a stat that marks links (the web worker host, virtual file systems): a link
//   cannot be followed, so any link on the way is refused.
// No vscode import: the file system is passed in, so both are unit-tested (the first against a real
// temporary folder).
import * as l10n from '@vscode/l10n';
import { hostPath, realPathFileSystem, type HostPath, type RealPathFileSystem } from '../platform/realPaths';

export type { RealPathFileSystem } from '../platform/realPaths';

export type Resolved =
  { readonly ok: true; readonly path: string; readonly exists: boolean } | { readonly ok: false; readonly reason: string };

/** True when `candidate` is `root` or below it. Both must be absolute and normalised the same way. */
export function isInside(root: string, candidate: string, pathApi: HostPath = hostPath): boolean {
  const relative = pathApi.relative(root, candidate);
  if (relative === '') return true;
  if (pathApi.isAbsolute(relative)) return false; // another drive on Windows
  return relative.split(pathApi.sep)[0] !== '..';
}

function isPlainRelative(segments: readonly string[], separator: string): boolean {
  return !segments.some((segment) => segment === '..' || segment.includes('/') || segment.includes(separator));
}

/**
 * `root/segments…` when its real location (symbolic links followed, for the part that exists) is
 * inside the real `root`. A file that does not exist yet is fine if its nearest existing folder is
 * inside: that is where it would be created. Without a file system that resolves real paths (the web),
 * it answers that links cannot be checked: use resolveInsideByStat there.
 */
export async function resolveInside(
  root: string,
  segments: readonly string[],
  fileSystem: RealPathFileSystem | undefined = realPathFileSystem,
): Promise<Resolved> {
  if (!isPlainRelative(segments, hostPath.sep)) return { ok: false, reason: l10n.t('the path is not a plain relative path') };
  if (!fileSystem) return { ok: false, reason: linksUnresolvable() };
  let realRoot: string;
  try {
    realRoot = await fileSystem.realpath(root);
  } catch {
    return { ok: false, reason: l10n.t('the folder does not exist') };
  }
  const target = hostPath.join(root, ...segments);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    try {
      const real = await fileSystem.realpath(existing);
      const realTarget = hostPath.join(real, ...missing);
      if (!isInside(realRoot, realTarget)) {
        return { ok: false, reason: l10n.t('the path leads out of the folder through a symbolic link') };
      }
      return { ok: true, path: target, exists: missing.length === 0 };
    } catch (failure) {
      if (!isMissing(failure)) return { ok: false, reason: l10n.t('the path cannot be read ({0})', describe(failure)) };
      // A dangling symbolic link: writing through it would create a file wherever it points.
      if (await exists(fileSystem, existing)) return { ok: false, reason: l10n.t('the path is a symbolic link to something missing') };
      const parent = hostPath.dirname(existing);
      if (parent === existing || !isInside(root, parent)) return { ok: false, reason: l10n.t('the folder does not exist') };
      missing.unshift(hostPath.basename(existing));
      existing = parent;
    }
  }
}

/** Functions, not constants: the display language's bundle is configured when the extension activates. */
const linksUnresolvable = (): string => l10n.t('symbolic links cannot be resolved here');

/** What a stat says of one path; `link` whatever it points at, dangling or not. */
export type StatKind = 'missing' | 'link' | 'file' | 'folder';

/** The kind of `root/segments…`; throws when it cannot be read (other than missing). */
export type StatOf = (segments: readonly string[]) => Promise<StatKind>;

export const linkRefused = (): string =>
  l10n.t('the path goes through a symbolic link, and links cannot be followed safely here (VS Code for the Web, or a virtual file system)');

/**
 * `rootPath/segments…` (forward slashes) when no part of it below the root is a symbolic link. Each
 * existing part is stat'ed from the root down; a part that does not exist ends the walk: the rest would
 * be created inside the folder.
 */
export async function resolveInsideByStat(rootPath: string, segments: readonly string[], statOf: StatOf): Promise<Resolved> {
  if (!isPlainRelative(segments, '/') || segments.some((segment) => segment === '' || segment === '.')) {
    return { ok: false, reason: l10n.t('the path is not a plain relative path') };
  }
  const target = [rootPath.replace(/\/+$/, ''), ...segments].join('/');
  for (let depth = 1; depth <= segments.length; depth++) {
    let kind: StatKind;
    try {
      kind = await statOf(segments.slice(0, depth));
    } catch (failure) {
      return { ok: false, reason: l10n.t('the path cannot be read ({0})', describe(failure)) };
    }
    if (kind === 'link') return { ok: false, reason: linkRefused() };
    if (kind === 'missing') return { ok: true, path: target, exists: false };
    if (kind === 'file' && depth < segments.length) return { ok: true, path: target, exists: false };
  }
  return { ok: true, path: target, exists: true };
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
