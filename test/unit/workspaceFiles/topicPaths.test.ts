// The practice-folder and notes settings: placeholders filled in, the result kept inside the workspace.
import { strict as assert } from 'node:assert';
import { notesTemplate } from '../../../src/workspaceFiles/notesTemplate';
import { expandPathTemplate, globBaseFolder, notesFilePath, practiceFileName } from '../../../src/workspaceFiles/topicPaths';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

const ids = { roadmapId: 'backend', topicId: 'http-caching' };

describe('topic paths', () => {
  it('fills ${roadmapId} and ${topicId} into the practice folder', () => {
    assert.deepEqual(expandPathTemplate('practice/${roadmapId}/${topicId}', ids), {
      ok: true,
      path: 'practice/backend/http-caching',
      segments: ['practice', 'backend', 'http-caching'],
    });
  });

  it('refuses unknown placeholders and paths that leave the workspace', () => {
    for (const template of [
      'practice/${topic}',
      'practice/${workspaceFolder}/x',
      'practice/${roadmapId',
      '../practice/${topicId}',
      '/tmp/${topicId}',
      'C:/x/${topicId}',
    ]) {
      assert.equal(expandPathTemplate(template, ids).ok, false, template);
    }
  });

  it('reads the notes setting as a file path (.md) or a folder of <topic id>.md files', () => {
    const file = notesFilePath('.roadmap/notes/${roadmapId}/${topicId}.md', ids);
    assert.equal(file.ok && file.path, '.roadmap/notes/backend/http-caching.md');
    const folder = notesFilePath('my-notes/${roadmapId}/', ids);
    assert.equal(folder.ok && folder.path, 'my-notes/backend/http-caching.md');
  });

  it('accepts practice file names with sub-folders, not escapes or odd characters', () => {
    assert.equal(practiceFileName('drills/1.sql').ok, true);
    for (const name of ['', '../x.ts', '/x.ts', 'a\\b.ts', 'what?.ts', 'a*.ts', 'c:x'])
      assert.equal(practiceFileName(name).ok, false, name);
  });

  it('starts personal notes with the topic title and where it sits', () => {
    const roadmap = roadmapFrom(SMALL_ROADMAP);
    const text = notesTemplate(roadmap, roadmap.nodesById.get('caching') ?? assert.fail('no topic'));
    assert.match(text, /^# Caching\n\n\*Small Roadmap › Web › HTTP\*\n/);
    assert.match(text, /## What I learned/);
  });

  it('takes the fixed leading folder of a practice glob, and nothing when there is none', () => {
    const base = (glob: string): string | undefined => {
      const check = globBaseFolder(glob);
      return check?.ok ? check.path : check ? `refused: ${check.reason}` : undefined;
    };
    assert.equal(base('practice/database-indexing/**'), 'practice/database-indexing');
    assert.equal(base('labs/http/*.ts'), 'labs/http');
    assert.equal(base('practice/{a,b}/**'), 'practice');
    assert.equal(base('**/*.sql'), undefined);
    assert.equal(base('notes.md'), undefined);
    assert.match(base('../outside/**') ?? '', /^refused/);
  });
});
