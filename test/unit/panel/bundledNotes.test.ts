// Issue 12: the note library ships as one compressed file; it must hold every note, exactly.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { decodeNotesPack } from '../../../src/views/panel/notesPack';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own packer
const { packNotes } = require('../../../scripts/packNotes.js') as { packNotes(): Buffer };
const notesFolder = path.join(__dirname, '../../../roadmaps/notes');

describe('bundled note library pack', () => {
  it('holds every note of roadmaps/notes, byte for byte, under the path roadmaps name it by', () => {
    const pack = decodeNotesPack(packNotes());
    const files = fs.readdirSync(notesFolder).filter((name) => name.endsWith('.md'));
    assert.ok(files.length >= 232, `${files.length} notes`);
    assert.equal(pack.size, files.length);
    for (const name of files) assert.equal(pack.get(`notes/${name}`), fs.readFileSync(path.join(notesFolder, name), 'utf8'), name);
  });

  it('is much smaller than the notes', () => {
    const total = fs.readdirSync(notesFolder).reduce((sum, name) => sum + fs.statSync(path.join(notesFolder, name)).size, 0);
    assert.ok(packNotes().length < total / 2.5, `${packNotes().length} bytes packed of ${total}`);
  });

  it('says the library is damaged rather than returning something else', () => {
    assert.throws(() => decodeNotesPack(new Uint8Array([1, 2, 3])));
    assert.throws(() => decodeNotesPack(deflateRawSync(Buffer.from('[1]'))), /damaged/);
    assert.throws(() => decodeNotesPack(deflateRawSync(Buffer.from('{"notes/a.md": 1}'))), /damaged/);
  });
});
