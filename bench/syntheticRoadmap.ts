// Synthetic roadmaps of a chosen size for the benchmarks: sections of 50 topics, every fifth topic with
// four sub-topics, summaries and links as real roadmaps have them. `variant` goes into every summary, so
// two variants are texts that differ throughout (a cache keyed by content, or by part of it, misses).
import { stringify } from 'yaml';
import type { NodeInput, RoadmapInput } from '../src/model/schema';

export function syntheticRoadmap(topicCount: number, variant = 0): RoadmapInput {
  const nodes: NodeInput[] = [];
  let made = 0;
  for (let section = 0; made < topicCount; section++) {
    const children: NodeInput[] = [];
    for (let index = 0; index < 50 && made < topicCount; index++) {
      const id = `topic-${made++}`;
      const topic: NodeInput = {
        id,
        title: `Topic ${made} of section ${section}`,
        summary: `A short summary of what this topic is about (version ${variant}).`,
        links: [{ title: 'Reference', url: `https://example.com/docs/${id}` }],
      };
      if (index % 5 === 0) {
        topic.children = [];
        for (let sub = 0; sub < 4 && made < topicCount; sub++) topic.children.push({ id: `topic-${made++}`, title: `Sub-topic ${made}` });
      }
      children.push(topic);
    }
    nodes.push({ id: `section-${section}`, title: `Section ${section}`, kind: 'group', children });
  }
  return { id: `synthetic-${topicCount}`, title: `Synthetic ${topicCount}`, nodes };
}

export function syntheticRoadmapYaml(topicCount: number, variant = 0): string {
  return stringify(syntheticRoadmap(topicCount, variant));
}

/** The ids of a synthetic roadmap's topics, without building it: what saved progress is keyed by. */
export function syntheticTopicIds(topicCount: number): string[] {
  return Array.from({ length: topicCount }, (_, index) => `topic-${index}`);
}
