// Finds a topic's check: from the roadmap file, the workspace checks file and, when turned on, the
// test-folder convention (model/checks.ts merges them), resolved to a folder that stays inside the
// workspace. Reads files only; never runs anything.
import * as vscode from 'vscode';
import { checkWorkspacePath } from '../workspaceFiles/links';
import { checkSettings } from '../platform/checkSettings';
import { settings } from '../platform/settings';
import { mergeCheckSources, type CheckSource, type ConventionCheck } from '../model/checks';
import { detectTestCommand } from '../model/testCommandDetection';
import type { RoadmapNode } from '../model/roadmap';
import type { TopicRef } from '../contracts/topicRef';
import type { LoadedRoadmap, RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import { expandPathTemplate, globBaseFolder } from '../workspaceFiles/topicPaths';
import { locateInFolder, practiceFolderOf, workspaceFolderFor } from '../workspaceFiles/workspaceLocations';
import type { ChecksFileStore } from './checksFileStore';

export interface ResolvedCheck {
  readonly ref: TopicRef;
  readonly title: string;
  readonly command: string;
  /** The folder the command runs in. */
  readonly cwd: vscode.Uri;
  /** That folder relative to its workspace folder ("." for the workspace folder itself). */
  readonly folderLabel: string;
  readonly timeoutSeconds: number;
  readonly source: CheckSource;
  /** For the convention: which command it chose and why. */
  readonly reason?: string;
  /** A save below this folder reruns the check during a continuous run. */
  readonly watchFolder: vscode.Uri;
}

export type CheckResolution =
  | { readonly kind: 'none' }
  | { readonly kind: 'check'; readonly check: ResolvedCheck }
  | { readonly kind: 'problem'; readonly message: string };

/** Bounds of the convention's look into a practice folder. */
const MAX_LISTED_FILES = 300;
const MAX_LIST_DEPTH = 3;
const MAX_PACKAGE_JSON_BYTES = 64 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '__pycache__', 'dist', 'build', 'target', 'vendor']);
/** Test files the convention knows, for finding candidate topics with one search. */
const CONVENTION_GLOB =
  '**/{*.test.js,*.test.mjs,*.test.cjs,*-test.js,*-test.mjs,*_test.js,*_test.mjs,test.js,test.mjs,test-*.js,test-*.mjs,test_*.py,*_test.py,*_test.go,package.json}';
const MAX_CONVENTION_FILES = 2000;

export class CheckResolver {
  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly checksFile: ChecksFileStore,
  ) {}

  async resolve(ref: TopicRef): Promise<CheckResolution> {
    const entry = this.catalog.get(ref.roadmapId);
    const topic = entry?.roadmap.nodesById.get(ref.topicId);
    if (!entry || topic?.kind !== 'topic') return { kind: 'none' };
    const folder = workspaceFolderFor(entry);
    if (!folder) return { kind: 'none' };
    const config = checkSettings(folder);
    const practice = await practiceFolderOf(entry, topic);
    const practiceFolder = practice.ok && practice.exists ? practice : undefined;
    const convention =
      config.detectTests && practiceFolder ? await this.convention(practiceFolder.uri, practiceFolder.relativePath) : undefined;
    const merged = mergeCheckSources({
      roadmap: entry.origin === 'workspace' ? topic.check : undefined,
      checksFile: await this.checksFile.checkOf(folder, ref),
      convention,
    });
    if (!merged) return { kind: 'none' };

    let cwd: vscode.Uri = folder.uri;
    let folderLabel = '.';
    if (merged.folder !== undefined) {
      const path = checkWorkspacePath(merged.folder, { percentEncoded: false });
      if (!path.ok)
        return { kind: 'problem', message: vscode.l10n.t('The check\'s folder "{0}" cannot be used: {1}.', merged.folder, path.reason) };
      const located = path.segments.length === 0 ? undefined : await locateInFolder(folder, path.segments);
      if (located && !located.ok)
        return { kind: 'problem', message: vscode.l10n.t("The check's folder cannot be used: {0}.", located.reason) };
      if (located && !located.exists)
        return { kind: 'problem', message: vscode.l10n.t("The check's folder {0} does not exist.", located.relativePath) };
      if (located) {
        cwd = located.uri;
        folderLabel = located.relativePath;
      }
    }
    return {
      kind: 'check',
      check: {
        ref,
        title: topic.title,
        command: merged.command,
        cwd,
        folderLabel,
        timeoutSeconds: merged.timeoutSeconds ?? config.timeoutSeconds,
        source: merged.source,
        reason: merged.reason,
        watchFolder: practiceFolder?.uri ?? cwd,
      },
    };
  }

  /**
   * Topics that may have a check, without reading every practice folder: those the roadmap files and
   * checks files name, and, with the convention on, those whose practice folder holds a test file.
   */
  async candidates(): Promise<TopicRef[]> {
    const refs: TopicRef[] = [];
    const conventionFolders = await this.conventionFolders();
    for (const entry of this.catalog.loaded()) {
      const folder = workspaceFolderFor(entry);
      if (!folder) continue;
      const fileChecks = (await this.checksFile.read(folder)).entries.get(entry.roadmap.id);
      const folderKey = folder.uri.toString();
      for (const topic of entry.roadmap.topics) {
        const named = (entry.origin === 'workspace' && topic.check !== undefined) || fileChecks?.has(topic.id) === true;
        const practice = conventionFolders.get(folderKey) ? practiceFolderPath(entry, topic) : undefined;
        const detected =
          practice !== undefined &&
          (conventionFolders.get(folderKey) ?? []).some((dir) => dir === practice || dir.startsWith(`${practice}/`));
        if (named || detected) refs.push({ roadmapId: entry.roadmap.id, topicId: topic.id });
      }
    }
    return refs;
  }

  /** Folders (relative, per workspace folder) that hold a test file the convention knows. */
  private async conventionFolders(): Promise<Map<string, string[]>> {
    const byFolder = new Map<string, string[]>();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.some((folder) => checkSettings(folder).detectTests)) return byFolder;
    const files = await vscode.workspace.findFiles(CONVENTION_GLOB, '**/node_modules/**', MAX_CONVENTION_FILES);
    for (const file of files) {
      const folder = vscode.workspace.getWorkspaceFolder(file);
      if (!folder || !checkSettings(folder).detectTests) continue;
      const relative = vscode.workspace.asRelativePath(file, false);
      const dirs = byFolder.get(folder.uri.toString()) ?? [];
      dirs.push(relative.slice(0, Math.max(relative.lastIndexOf('/'), 0)));
      byFolder.set(folder.uri.toString(), dirs);
    }
    return byFolder;
  }

  private async convention(folder: vscode.Uri, relativePath: string): Promise<ConventionCheck | undefined> {
    const files = await listFiles(folder);
    const packageJson = files.includes('package.json') ? await readSmallFile(vscode.Uri.joinPath(folder, 'package.json')) : undefined;
    const detected = detectTestCommand({ files, packageJson });
    return detected && { spec: { ...detected.spec, folder: relativePath }, reason: detected.reason };
  }
}

/** Where a topic's practice folder is, by its path alone (the resolver checks it on disk when it runs). */
function practiceFolderPath(entry: LoadedRoadmap, topic: RoadmapNode): string | undefined {
  const declared = topic.practice.map(globBaseFolder).find((check) => check?.ok);
  if (declared?.ok) return declared.path;
  const expanded = expandPathTemplate(settings().practiceFolder, { roadmapId: entry.roadmap.id, topicId: topic.id });
  return expanded.ok ? expanded.path : undefined;
}

/** Files below a folder, relative to it: a few levels deep, a bounded number, build and package folders skipped. */
async function listFiles(root: vscode.Uri): Promise<string[]> {
  const files: string[] = [];
  const queue: { uri: vscode.Uri; prefix: string; depth: number }[] = [{ uri: root, prefix: '', depth: 0 }];
  while (queue.length > 0 && files.length < MAX_LISTED_FILES) {
    const { uri, prefix, depth } = queue.shift() as { uri: vscode.Uri; prefix: string; depth: number };
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(uri);
    } catch {
      continue;
    }
    for (const [name, type] of children.slice(0, MAX_LISTED_FILES)) {
      // Symbolic links are not followed out of the practice folder.
      if (type & vscode.FileType.SymbolicLink) continue;
      if (type === vscode.FileType.File) files.push(`${prefix}${name}`);
      else if (type === vscode.FileType.Directory && depth + 1 < MAX_LIST_DEPTH && !SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) {
        queue.push({ uri: vscode.Uri.joinPath(uri, name), prefix: `${prefix}${name}/`, depth: depth + 1 });
      }
    }
  }
  return files.slice(0, MAX_LISTED_FILES);
}

async function readSmallFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_PACKAGE_JSON_BYTES) return undefined;
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
