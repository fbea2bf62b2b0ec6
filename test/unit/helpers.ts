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
