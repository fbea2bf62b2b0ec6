// A RoadmapInput as a readable roadmap file: block style, keys in the format's order, no line folding.
import { Document } from 'yaml';
import type { RoadmapInput } from '../schema';

/** `comment` (lines without "#") is written at the top of the file. */
export function roadmapToYaml(roadmap: RoadmapInput, comment?: string): string {
  const document = new Document(roadmap);
  if (comment !== undefined)
    document.commentBefore = comment
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  return document.toString({ lineWidth: 0 });
}
