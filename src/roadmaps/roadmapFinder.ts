// Finds the workspace's roadmap files by walking its folders, bounded in time, count and depth, and
// never following a symbolic link to a folder: a link to `/` or `/proc/self` is not searched. A file
// that is itself a link is returned as such; the catalog resolves where it really is before reading it.
// No vscode import: the file system is passed in, so symbolic-link layouts are unit-tested on disk.
import picomatch from 'picomatch';

export interface FinderEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
  readonly symbolicLink: boolean;
}

export interface FinderFileSystem {
  /** Entries of the folder at `relativePath` ('' is the root); links are reported, not followed. */
  readDirectory(relativePath: string): Promise<readonly FinderEntry[]>;
}

export interface FinderLimits {
  readonly maxFiles: number;
  readonly maxDirectories: number;
  readonly maxDepth: number;
  readonly timeBudgetMs: number;
}

export const DEFAULT_FINDER_LIMITS: FinderLimits = { maxFiles: 500, maxDirectories: 20_000, maxDepth: 40, timeBudgetMs: 15_000 };
/** Never searched, as VS Code's search does not by default. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Folders read at once. */
const PARALLEL_READS = 8;

export interface FoundRoadmapFile {
  /** Relative to the root, with forward slashes. */
  readonly path: string;
  readonly symbolicLink: boolean;
}

export interface FinderResult {
  readonly files: readonly FoundRoadmapFile[];
  /** Links to folders that were not searched. */
  readonly linkedFolders: readonly string[];
  /** Set when a limit ended the search early; what was found until then is kept. */
  readonly stoppedBy?: 'files' | 'directories' | 'depth' | 'time';
}

export async function findRoadmapFiles(
  fileSystem: FinderFileSystem,
  globs: readonly string[],
  limits: FinderLimits = DEFAULT_FINDER_LIMITS,
  now: () => number = Date.now,
): Promise<FinderResult> {
  const matches = picomatch([...globs], { dot: true });
  const deadline = now() + limits.timeBudgetMs;
  const files: FoundRoadmapFile[] = [];
  const linkedFolders: string[] = [];
  let stoppedBy: FinderResult['stoppedBy'];
  let level: string[] = [''];
  let directories = 0;

  for (let depth = 0; level.length > 0 && !stoppedBy; depth++) {
    if (depth > limits.maxDepth) {
      stoppedBy = 'depth';
      break;
    }
    const next: string[] = [];
    for (let start = 0; start < level.length && !stoppedBy; start += PARALLEL_READS) {
      if (now() > deadline) {
        stoppedBy = 'time';
        break;
      }
      const batch = level.slice(start, start + PARALLEL_READS);
      directories += batch.length;
      if (directories > limits.maxDirectories) {
        stoppedBy = 'directories';
        break;
      }
      const listings = await Promise.all(batch.map((folder) => fileSystem.readDirectory(folder).catch(() => [] as const)));
      listings.forEach((entries, index) => {
        const folder = batch[index] ?? '';
        for (const entry of entries) {
          const path = folder ? `${folder}/${entry.name}` : entry.name;
          if (entry.kind === 'directory') {
            if (entry.symbolicLink) linkedFolders.push(path);
            else if (!SKIPPED_FOLDERS.has(entry.name)) next.push(path);
          } else if (entry.kind === 'file' && matches(path)) {
            if (files.length >= limits.maxFiles) stoppedBy = 'files';
            else files.push({ path, symbolicLink: entry.symbolicLink });
          }
        }
      });
    }
    level = next;
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return stoppedBy ? { files, linkedFolders, stoppedBy } : { files, linkedFolders };
}
