// The first content of a topic's personal notes file. Pure, so its shape is unit-tested.
import type { Roadmap, RoadmapNode } from '../model/roadmap';

export function notesTemplate(roadmap: Roadmap, topic: RoadmapNode): string {
  const path = [roadmap.title, ...topic.path.slice(0, -1)].join(' › ');
  return [`# ${topic.title}`, '', `*${path}*`, '', '## What I learned', '', '', '## Questions', '', '', '## Links', '', ''].join('\n');
}
