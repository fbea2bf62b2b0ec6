// What the learner reads about a roadmap before following it: its size, and one plain sentence on whom
// it suits. Bundled roadmaps get sentences written for learners here; how a file was made (its source
// text, repaired encodings) stays out of the UI. Pure: no vscode (translated through @vscode/l10n).
import * as l10n from '@vscode/l10n';
import { localeFormat, type LocaleFormat } from '../model/localeFormat';
import type { Roadmap } from '../model/roadmap';

/** The roadmap a new learner is pointed to first. */
export const RECOMMENDED_ROADMAP_ID = 'backend-engineering-merged';

/** Functions, so each sentence is translated when asked for (after the bundle is shared). */
const BUNDLED_INTROS: Readonly<Record<string, () => string>> = {
  'backend-engineering-merged': () =>
    l10n.t('All five bundled roadmaps joined into one path without repeats: the place to start if you are not sure which to follow.'),
  'backend-essentials': () =>
    l10n.t(
      'A short checklist of the eight areas every backend engineer is expected to know, good for a self-assessment or interview preparation.',
    ),
  'backend-development': () =>
    l10n.t('Twelve areas from HTTP and REST to DevOps and observability, for someone building their first backend services.'),
  'backend-engineer-ultimate-path': () =>
    l10n.t('A long path from fundamentals to distributed systems, production work and interviews, for those aiming at a senior role.'),
  'backend-engineering-roadmap': () =>
    l10n.t(
      'Python and Django first, then databases, APIs, security, deployment and system design: for a learner who wants one language to begin with.',
    ),
  'backend-engineering': () =>
    l10n.t('Ten areas from programming foundations to system design, in a compact tree: a quick overview of the whole field.'),
};

/** The sentence shown for a roadmap: the written one for a bundled roadmap, else its own description. */
export function introOf(roadmap: Roadmap, origin: 'bundled' | 'workspace'): string | undefined {
  return (origin === 'bundled' ? BUNDLED_INTROS[roadmap.id]?.() : undefined) ?? roadmap.description;
}

/** "245 topics · 16 sections": sections are the top-level groups. */
export function sizeOf(roadmap: Roadmap, format: LocaleFormat = localeFormat('en')): string {
  const topics = format.plural(roadmap.topics.length, {
    one: (n) => l10n.t('{0} topic', n),
    other: (n) => l10n.t('{0} topics', n),
  });
  const sections = roadmap.nodes.filter((node) => node.kind === 'group').length;
  if (sections === 0) return topics;
  return format.plural(sections, {
    one: (n) => l10n.t('{0} · {1} section', topics, n),
    other: (n) => l10n.t('{0} · {1} sections', topics, n),
  });
}
