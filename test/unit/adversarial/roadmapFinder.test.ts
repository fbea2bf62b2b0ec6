// Issue 11 item 7: finding workspace roadmaps never follows a link out of the workspace and is bounded
// in count, depth and time. Symbolic-link layouts on a real temporary folder.
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRoadmapFiles, DEFAULT_FINDER_LIMITS, type FinderEntry, type FinderFileSystem } from '../../../src/roadmaps/roadmapFinder';

const GLOBS = ['**/*.roadmap.yaml'];

/** The Node file system as VS Code's readDirectory reports it: a link's own flag plus what it points at. */
function nodeFileSystem(root: string, read: string[] = []): FinderFileSystem {
  return {
    async readDirectory(relativePath) {
      read.push(relativePath);
      const folder = path.join(root, relativePath);
      const entries = await fs.readdir(folder, { withFileTypes: true });
      return Promise.all(
        entries.map(async (entry): Promise<FinderEntry> => {
          const symbolicLink = entry.isSymbolicLink();
          const target = symbolicLink ? await fs.stat(path.join(folder, entry.name)).catch(() => undefined) : entry;
          const kind = target?.isDirectory() ? 'directory' : target?.isFile() ? 'file' : 'other';
          return { name: entry.name, kind, symbolicLink };
        }),
      );
    },
  };
}

describe('roadmap finder (adversarial)', function () {
  this.timeout(60_000); // a guard against a hang: before the fix a link to / kept the search going for minutes
  let base: string;
  let workspace: string;

  beforeEach(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'roadmap-finder-'));
    workspace = path.join(base, 'workspace');
    const outside = path.join(base, 'outside');
    await fs.mkdir(path.join(workspace, 'roadmaps'), { recursive: true });
    await fs.mkdir(path.join(workspace, 'node_modules', 'pkg'), { recursive: true });
    await fs.mkdir(outside);
    await fs.writeFile(path.join(workspace, 'roadmaps', 'mine.roadmap.yaml'), 'id: mine\n');
    await fs.writeFile(path.join(workspace, 'node_modules', 'pkg', 'dep.roadmap.yaml'), 'id: dep\n');
    await fs.writeFile(path.join(outside, 'outside.roadmap.yaml'), 'id: outside\n');
    await fs.symlink('/', path.join(workspace, 'root-link'));
    await fs.symlink('/proc/self', path.join(workspace, 'proc-link'));
    await fs.symlink('../outside', path.join(workspace, 'linkdir'));
    await fs.symlink('../outside/outside.roadmap.yaml', path.join(workspace, 'linked.roadmap.yaml'));
  });
  afterEach(() => fs.rm(base, { recursive: true, force: true }));

  it('does not enter links to /, /proc/self or a folder outside; reports them; marks a linked file', async () => {
    const read: string[] = [];
    const result = await findRoadmapFiles(nodeFileSystem(workspace, read), GLOBS);
    assert.deepEqual(result.files, [
      { path: 'linked.roadmap.yaml', symbolicLink: true },
      { path: 'roadmaps/mine.roadmap.yaml', symbolicLink: false },
    ]);
    assert.deepEqual([...result.linkedFolders].sort(), ['linkdir', 'proc-link', 'root-link']);
    assert.deepEqual(read.sort(), ['', 'roadmaps']);
    assert.equal(result.stoppedBy, undefined);
  });

  it('stops at the file limit and keeps what it found', async () => {
    for (let index = 0; index < 5; index++) await fs.writeFile(path.join(workspace, 'roadmaps', `extra${index}.roadmap.yaml`), 'id: x\n');
    const result = await findRoadmapFiles(nodeFileSystem(workspace), GLOBS, { ...DEFAULT_FINDER_LIMITS, maxFiles: 3 });
    assert.equal(result.stoppedBy, 'files');
    assert.equal(result.files.length, 3);
  });

  it('stops at the depth limit in a deep chain of folders', async () => {
    const deep = path.join(workspace, ...Array.from({ length: 60 }, () => 'd'));
    await fs.mkdir(deep, { recursive: true });
    await fs.writeFile(path.join(deep, 'deep.roadmap.yaml'), 'id: deep\n');
    const result = await findRoadmapFiles(nodeFileSystem(workspace), GLOBS);
    assert.equal(result.stoppedBy, 'depth');
    assert.ok(!result.files.some((file) => file.path.endsWith('deep.roadmap.yaml')));
  });

  it('stops at the folder limit and when its time is up', async () => {
    for (let index = 0; index < 60; index++) await fs.mkdir(path.join(workspace, `folder${index}`));
    const byCount = await findRoadmapFiles(nodeFileSystem(workspace), GLOBS, { ...DEFAULT_FINDER_LIMITS, maxDirectories: 10 });
    assert.equal(byCount.stoppedBy, 'directories');
    let clock = 0;
    // Each look at the clock is a second later: the budget of 5 s runs out after a few reads.
    const byTime = await findRoadmapFiles(
      nodeFileSystem(workspace),
      GLOBS,
      { ...DEFAULT_FINDER_LIMITS, timeBudgetMs: 5_000 },
      () => (clock += 1_000),
    );
    assert.equal(byTime.stoppedBy, 'time');
  });
});
