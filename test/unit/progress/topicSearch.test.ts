import { strict as assert } from 'node:assert';
import type { Roadmap } from '../../../src/model/roadmap';
import { MAX_QUERY_WORDS, queryWords, rankTopics, type SearchableTopic } from '../../../src/progress/topicSearch';
import { roadmapFrom } from '../helpers';

const FIRST = roadmapFrom(`
id: first
title: First
nodes:
  - id: messaging
    title: Messaging
    kind: group
    children:
      - id: queues
        title: Message Queues
        summary: Kafka, RabbitMQ and SQS compared.
      - id: kafka
        title: Apache Kafka
      - id: streams
        title: Kafka Streams
  - id: caching
    title: Caching
    kind: group
    children:
      - id: redis
        title: Redis
        summary: An in-memory store, used as a cache.
      - id: cdn
        title: CDN Caching
`);

const SECOND = roadmapFrom(`
id: second
title: Second
nodes:
  - id: kafka-basics
    title: Kafka
  - id: cafe
    title: Café Internals
`);

function topicsOf(...roadmaps: Roadmap[]): SearchableTopic[] {
  return roadmaps.flatMap((roadmap) => roadmap.topics.map((topic) => ({ roadmap, topic })));
}

const ids = (query: string): string[] => rankTopics(topicsOf(FIRST, SECOND), query).map(({ topic }) => topic.id);

describe('Go to Topic search ranking', () => {
  it('finds a topic of any roadmap, collapsed or not, by its title', () => {
    assert.deepEqual(ids('kafka'), ['kafka-basics', 'streams', 'kafka', 'queues']);
  });

  it('ranks a title starting with the word above a word inside the title, and both above the summary', () => {
    const ranked = rankTopics(topicsOf(FIRST, SECOND), 'kafka');
    assert.ok(ranked[0]!.score > ranked[2]!.score, 'Kafka (starts) above Apache Kafka (inside)');
    assert.equal(ranked.at(-1)?.topic.id, 'queues', 'a summary match comes last');
  });

  it('matches the path: a section name finds the topics under it', () => {
    assert.deepEqual(ids('caching'), ['cdn', 'redis']);
  });

  it('matches the summary', () => {
    assert.deepEqual(ids('in-memory'), ['redis']);
  });

  it('needs every word to match somewhere', () => {
    assert.deepEqual(ids('kafka streams'), ['streams']);
    assert.deepEqual(ids('messaging redis'), []);
  });

  it('ignores case and accents', () => {
    assert.deepEqual(ids('CAFE'), ['cafe']);
    assert.deepEqual(ids('café'), ['cafe']);
  });

  it('keeps roadmap order for an empty query and for ties, and honours the limit', () => {
    assert.deepEqual(ids(''), ['queues', 'kafka', 'streams', 'redis', 'cdn', 'kafka-basics', 'cafe']);
    assert.equal(rankTopics(topicsOf(FIRST, SECOND), '', 3).length, 3);
  });

  it('bounds the query: at most a few words of a long paste count', () => {
    assert.equal(queryWords('a '.repeat(10_000)).length, MAX_QUERY_WORDS);
    assert.deepEqual(rankTopics(topicsOf(FIRST), 'x'.repeat(100_000)), []);
  });
});
