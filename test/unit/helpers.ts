// Small builders shared by the unit tests.
import { loadRoadmap } from '../../src/model/loader';
import type { Roadmap } from '../../src/model/roadmap';

export function roadmapFrom(yamlText: string): Roadmap {
  const result = loadRoadmap(yamlText);
  if (!result.roadmap) throw new Error(`fixture does not load: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return result.roadmap;
}

/** A roadmap with two sections; `http` holds sub-topics. */
export const SMALL_ROADMAP = `
id: small
title: Small Roadmap
nodes:
  - id: web
    title: Web
    kind: group
    children:
      - id: http
        title: HTTP
        children:
          - id: methods
            title: Methods
          - id: caching
            title: Caching
      - id: rest
        title: REST
  - id: data
    title: Data
    kind: group
    children:
      - id: sql
        title: SQL
      - id: indexes
        title: Indexes
`;

/** Deterministic numbers in [0, 1) from a seed (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
