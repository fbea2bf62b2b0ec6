import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildRoadmap, type Roadmap } from '../../../src/model/roadmap';
import { layoutMap, mapInput, NODE_HEIGHT, NODE_WIDTH, type MapNodeInput, type PlacedNode } from '../../../src/model/mapLayout';
import { syntheticRoadmap } from '../../../bench/syntheticRoadmap';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';

export function mergedRoadmap(): Roadmap {
  return roadmapFrom(readFileSync(join(__dirname, '../../../roadmaps/backend-engineering-merged.roadmap.yaml'), 'utf8'));
}

function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
}

function assertNoOverlap(nodes: readonly PlacedNode[]): void {
  // Sorted by x then y, so only near neighbours are compared.
  const sorted = [...nodes].sort((a, b) => a.x - b.x || a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + NODE_WIDTH; j++) {
      assert.ok(!overlaps(sorted[i]!, sorted[j]!), `${sorted[i]!.id} and ${sorted[j]!.id} overlap`);
    }
  }
}

describe('map layout input', () => {
  it('lists every node of the roadmap once, each parent before its children, in document order', () => {
    for (const roadmap of [roadmapFrom(SMALL_ROADMAP), mergedRoadmap(), buildRoadmap(syntheticRoadmap(2000))]) {
      const input = mapInput(roadmap);
      assert.equal(input.length, roadmap.nodesById.size, roadmap.id);
      assert.equal(new Set(input.map((node) => node.id)).size, input.length, 'no node twice');
      const seen = new Set<string>();
      for (const node of input) {
        if (node.parentId !== undefined) assert.ok(seen.has(node.parentId), `${node.parentId} comes before ${node.id}`);
        assert.equal(node.parentId, roadmap.nodesById.get(node.id)?.parentId);
        seen.add(node.id);
      }
    }
    assert.deepEqual(
      mapInput(roadmapFrom(SMALL_ROADMAP)).map((node) => node.id),
      ['web', 'http', 'methods', 'caching', 'rest', 'data', 'sql', 'indexes'],
    );
  });

  it('carries titles as they are, scripts and all (the page treats them as text)', () => {
    const roadmap = buildRoadmap({ id: 'x', title: 'X', nodes: [{ id: 'a', title: '<script>alert(1)</script>' }] });
    assert.equal(mapInput(roadmap)[0]?.title, '<script>alert(1)</script>');
  });
});

describe('map layout', () => {
  it('places every node of the merged roadmap and of 2,000 topics without overlaps, inside the map', () => {
    for (const roadmap of [mergedRoadmap(), buildRoadmap(syntheticRoadmap(2000))]) {
      const layout = layoutMap(mapInput(roadmap));
      assert.equal(layout.nodes.length, roadmap.nodesById.size);
      assertNoOverlap(layout.nodes);
      for (const node of layout.nodes) {
        assert.ok(node.x >= 0 && node.y >= 0 && node.x + NODE_WIDTH <= layout.width && node.y + NODE_HEIGHT <= layout.height, node.id);
      }
      assert.ok(layout.width / layout.height > 0.5 && layout.width / layout.height < 4, `aspect ${layout.width}×${layout.height}`);
    }
  });

  it('puts children to the right of their parent, and sections in roadmap order', () => {
    const layout = layoutMap(mapInput(roadmapFrom(SMALL_ROADMAP)));
    for (const node of layout.nodes) {
      if (node.parentId === undefined) continue;
      assert.ok(node.x > layout.byId.get(node.parentId)!.x, `${node.id} right of ${node.parentId}`);
    }
    assert.deepEqual(layout.byId.get('http')?.childIds, ['methods', 'caching']);
    assert.deepEqual(
      layout.links.map((link) => `${link.fromId}>${link.toId}`).sort(),
      ['data>indexes', 'data>sql', 'http>caching', 'http>methods', 'web>http', 'web>rest'].sort(),
    );
    const web = layout.byId.get('web')!;
    const data = layout.byId.get('data')!;
    assert.ok(data.y > web.y || data.x > web.x, 'the second section comes after the first');
  });

  it('tolerates input that breaks the rules: repeated ids once, unknown parents become sections', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
            parentId: fc.option(fc.constantFrom('a', 'b', 'c', 'z'), { nil: undefined }),
            kind: fc.constantFrom('group' as const, 'topic' as const),
          }),
          { maxLength: 20 },
        ),
        (raw) => {
          const input: MapNodeInput[] = raw.map((node) => ({ ...node, title: node.id }));
          const layout = layoutMap(input);
          assert.deepEqual(
            layout.nodes.map((node) => node.id),
            [...new Set(input.map((node) => node.id))],
          );
          assertNoOverlap(layout.nodes);
        },
      ),
    );
  });
});
