import { strict as assert } from 'node:assert';
import { layoutMap, mapInput } from '../../../src/model/mapLayout';
import { neighbour } from '../../../src/model/mapNavigation';
import { mapExtensionMessageSchema, mapWebviewMessageSchema } from '../../../src/protocol/mapProtocol';
import { keyAction, type KeyPress } from '../../../src/webview/map/keys';
import { roadmapFrom, SMALL_ROADMAP } from '../helpers';
import { mergedRoadmap } from './mapLayout.test';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('map keys', () => {
  it("takes roadmap.sh's letters and the Roadmaps view's keys", () => {
    assert.deepEqual(keyAction(press('d')), { kind: 'status', status: 'done' });
    assert.deepEqual(keyAction(press('L')), { kind: 'status', status: 'in-progress' });
    assert.deepEqual(keyAction(press('s')), { kind: 'status', status: 'skipped' });
    assert.deepEqual(keyAction(press('r')), { kind: 'status', status: 'todo' });
    assert.deepEqual(keyAction(press('∂', { altKey: true }), 'KeyD'), { kind: 'status', status: 'done' }, 'Alt+D on macOS');
    assert.deepEqual(keyAction(press('p', { altKey: true }), 'KeyP'), { kind: 'status', status: 'in-progress' });
    assert.deepEqual(keyAction(press('t', { altKey: true }), 'KeyT'), { kind: 'status', status: 'todo' });
    assert.deepEqual(keyAction(press('Enter', { ctrlKey: true })), { kind: 'toggleDone' });
    assert.deepEqual(keyAction(press('Enter', { metaKey: true })), { kind: 'toggleDone' });
    assert.deepEqual(keyAction(press('Enter')), { kind: 'open' });
    assert.deepEqual(keyAction(press(' ')), { kind: 'open' });
  });

  it('moves with arrows and zooms with + - 0; leaves other keys (and Ctrl+letter) to VS Code', () => {
    assert.deepEqual(keyAction(press('ArrowDown')), { kind: 'move', direction: 'down' });
    assert.deepEqual(keyAction(press('ArrowLeft')), { kind: 'move', direction: 'left' });
    assert.deepEqual(keyAction(press('+', { shiftKey: true })), { kind: 'zoom', zoom: 'in' });
    assert.deepEqual(keyAction(press('-')), { kind: 'zoom', zoom: 'out' });
    assert.deepEqual(keyAction(press('0')), { kind: 'zoom', zoom: 'fit' });
    assert.equal(keyAction(press('d', { ctrlKey: true })), undefined);
    assert.equal(keyAction(press('D', { shiftKey: true })), undefined);
    assert.equal(keyAction(press('x')), undefined);
    assert.equal(keyAction(press('F1')), undefined);
  });
});

describe('map navigation', () => {
  const layout = layoutMap(mapInput(roadmapFrom(SMALL_ROADMAP)));

  it('goes left to the parent and right to the first child', () => {
    assert.equal(neighbour(layout, 'methods', 'left')?.id, 'http');
    assert.equal(neighbour(layout, 'http', 'right')?.id, 'methods');
    assert.equal(neighbour(layout, 'web', 'right')?.id, 'http');
  });

  it('goes up and down between siblings', () => {
    assert.equal(neighbour(layout, 'methods', 'down')?.id, 'caching');
    assert.equal(neighbour(layout, 'caching', 'up')?.id, 'methods');
    assert.equal(neighbour(layout, 'sql', 'down')?.id, 'indexes');
  });

  it('reaches every node of the merged roadmap from the first with arrow keys', () => {
    const merged = layoutMap(mapInput(mergedRoadmap()));
    const reached = new Set<string>();
    const queue = [merged.nodes[0]!.id];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const direction of ['up', 'down', 'left', 'right'] as const) {
        const next = neighbour(merged, id, direction);
        if (next && !reached.has(next.id)) queue.push(next.id);
      }
    }
    assert.equal(reached.size, merged.nodes.length);
  });
});

describe('map protocol', () => {
  it('accepts the messages each side sends', () => {
    assert.ok(mapWebviewMessageSchema.safeParse({ type: 'setStatus', roadmapId: 'a', topicId: 'b', status: 'done' }).success);
    assert.ok(mapWebviewMessageSchema.safeParse({ type: 'png', requestId: 1, base64: 'iVBORw0KGgo=' }).success);
    assert.ok(mapExtensionMessageSchema.safeParse({ type: 'statuses', roadmapId: 'a', statuses: [['b', 'done']] }).success);
    assert.ok(
      mapExtensionMessageSchema.safeParse({
        type: 'map',
        roadmapId: 'a',
        title: 'A',
        nodes: [{ id: 'b', title: '<b>', kind: 'topic' }],
        statuses: [],
        report: false,
      }).success,
    );
  });

  it('refuses unknown messages, extra keys, bad ids and statuses', () => {
    for (const message of [
      { type: 'eval', code: 'alert(1)' },
      { type: 'setStatus', roadmapId: 'a', topicId: 'b', status: 'finished' },
      { type: 'setStatus', roadmapId: 'a', topicId: '../b', status: 'done' },
      { type: 'openTopic', roadmapId: 'a', topicId: 'b', extra: 1 },
      { type: 'png', requestId: 1, base64: 'not base 64!' },
      { type: 'export', roadmapId: 'a', what: 'pdf' },
    ]) {
      assert.equal(mapWebviewMessageSchema.safeParse(message).success, false, JSON.stringify(message));
    }
    assert.equal(
      mapExtensionMessageSchema.safeParse({
        type: 'map',
        roadmapId: 'a',
        title: 'A',
        nodes: [{ id: 'b', title: 'B', kind: 'chapter' }],
        statuses: [],
        report: false,
      }).success,
      false,
    );
  });
});
