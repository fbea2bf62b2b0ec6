// Packs the bundled roadmaps' note library (roadmaps/notes/*.md) into dist/notes.json.br: one JSON object
// from "notes/<name>.md" to its text, brotli-compressed. One compressed stream of 232 notes is about half
// the size of the same notes as separate files in the VSIX. src/views/panel/bundledNotes.ts reads it.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.join(__dirname, '..');
const notesFolder = path.join(root, 'roadmaps', 'notes');
const packFile = path.join(root, 'dist', 'notes.json.br');

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
  return zlib.brotliCompressSync(json, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
}

function writeNotesPack() {
  fs.mkdirSync(path.dirname(packFile), { recursive: true });
  fs.writeFileSync(packFile, packNotes());
}

module.exports = { readNotes, packNotes, writeNotesPack };
