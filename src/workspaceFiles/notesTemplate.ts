// The first content of a topic's personal notes file. Pure, so its shape is unit-tested.
import type { Roadmap, RoadmapNode } from '../model/roadmap';
import * as l10n from '@vscode/l10n';

export function notesTemplate(roadmap: Roadmap, topic: RoadmapNode): string {
  const path = [roadmap.title, ...topic.path.slice(0, -1)].join(' › ');
  return [
    `# ${topic.title}`,
    '',
    `*${path}*`,
    '',
    `## ${l10n.t('What I learned')}`,
    '',
    '',
    `## ${l10n.t('Questions')}`,
    '',
    '',
    `## ${l10n.t('Links')}`,
    '',
    '',
  ].join('\n');
}
