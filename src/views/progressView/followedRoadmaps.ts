// Which roadmaps the Progress view shows a bar for: the loaded roadmaps with saved progress, in the
// catalog's order. When "followed roadmaps" land (src/progress, another branch), swap this one
// function for them.
import type { RoadmapCatalog } from '../../roadmaps/roadmapCatalog';
import type { ProgressStore } from '../../store/progressStore';

export function followedRoadmapIds(catalog: RoadmapCatalog, store: ProgressStore): string[] {
  const withProgress = new Set(store.roadmapIds().filter((roadmapId) => store.progressOf(roadmapId).size > 0));
  return catalog
    .loaded()
    .map((entry) => entry.roadmap.id)
    .filter((roadmapId) => withProgress.has(roadmapId));
}
