// Reads the bundled content (roadmaps, notes, note maps) once for the content tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRoadmap, type LoadResult } from '../../../src/model/loader';
import type { RoadmapNode } from '../../../src/model/roadmap';

export const ROOT = join(__dirname, '../../..');
export const ROADMAPS_FOLDER = join(ROOT, 'roadmaps');
export const NOTES_FOLDER = join(ROADMAPS_FOLDER, 'notes');
export const NOTE_MAP_FOLDER = join(ROOT, 'scripts/note-map');
export const MERGED_ROADMAP_ID = 'backend-engineering-merged';

export interface BundledRoadmapFile {
  file: string;
  text: string;
  result: LoadResult;
}

export function readBundledRoadmaps(): BundledRoadmapFile[] {
  return readdirSync(ROADMAPS_FOLDER)
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(ROADMAPS_FOLDER, file), 'utf8');
      return { file, text, result: loadRoadmap(text) };
    });
}

/** Subject id (file name without `.md`) → note text. */
export function readNotes(): Map<string, string> {
  return new Map(
    readdirSync(NOTES_FOLDER)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name.slice(0, -'.md'.length), readFileSync(join(NOTES_FOLDER, name), 'utf8')]),
  );
}

export function readNoteMaps(): { name: string; entries: Record<string, string> }[] {
  return readdirSync(NOTE_MAP_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, entries: JSON.parse(readFileSync(join(NOTE_MAP_FOLDER, name), 'utf8')) as Record<string, string> }));
}

/** `notes/<subject>.md` → `<subject>`; undefined for any other shape. */
export function subjectOfNoteFile(noteFile: string | undefined): string | undefined {
  return /^notes\/([a-z0-9-]+)\.md$/.exec(noteFile ?? '')?.[1];
}

export function isCapstone(topic: RoadmapNode): boolean {
  return topic.id.startsWith('capstone-');
}
