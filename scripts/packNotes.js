// Packs the bundled roadmaps' note library (roadmaps/notes/*.md) into dist/notes.json.deflate: one JSON
// object from "notes/<name>.md" to its text, raw deflate at level 9. One compressed stream of 232 notes is
// much smaller than the same notes as separate files in the VSIX. Raw deflate rather than brotli (which is
// 20% smaller): the web worker extension host decodes deflate with fflate, where brotli would need a
// decoder carrying its 120 KB dictionary. src/views/panel/bundledNotes.ts reads it.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.join(__dirname, '..');
const notesFolder = path.join(root, 'roadmaps', 'notes');
const packFile = path.join(root, 'dist', 'notes.json.deflate');

/** Every note as the pack holds it, by its path relative to the roadmaps folder. */
function readNotes() {
  const notes = {};
  for (const name of fs
    .readdirSync(notesFolder)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    notes[`notes/${name}`] = fs.readFileSync(path.join(notesFolder, name), 'utf8');
  }
  return notes;
}

function packNotes() {
  const json = Buffer.from(JSON.stringify(readNotes()), 'utf8');
  return zlib.deflateRawSync(json, { level: 9, memLevel: 9 });
}

function writeNotesPack() {
  fs.mkdirSync(path.dirname(packFile), { recursive: true });
  fs.writeFileSync(packFile, packNotes());
}

module.exports = { readNotes, packNotes, writeNotesPack };
