// Arrow keys on the map: from the focused node to the nearest node in that direction. Left goes to the
// parent and Right to the first child when there is one, as in a tree; otherwise the nearest box whose
// centre lies that way, preferring boxes in line with the focused one.
import { NODE_HEIGHT, NODE_WIDTH, type MapLayout, type PlacedNode } from './mapLayout';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** How much a step sideways costs against a step in the direction asked. */
const SIDEWAYS_WEIGHT = 3;

function centre(node: PlacedNode): { x: number; y: number } {
  return { x: node.x + NODE_WIDTH / 2, y: node.y + NODE_HEIGHT / 2 };
}

export function neighbour(layout: MapLayout, fromId: string, direction: Direction): PlacedNode | undefined {
  const from = layout.byId.get(fromId);
  if (!from) return layout.nodes[0];
  if (direction === 'left' && from.parentId !== undefined) return layout.byId.get(from.parentId);
  if (direction === 'right' && from.childIds.length > 0) return layout.byId.get(from.childIds[0]!);
  const origin = centre(from);
  let best: PlacedNode | undefined;
  let bestScore = Infinity;
  for (const node of layout.nodes) {
    if (node === from) continue;
    const point = centre(node);
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const along = direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const sideways = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (along <= 0) continue;
    const score = along + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  }
  return best;
}
