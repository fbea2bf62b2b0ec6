// Consistent hashing with virtual nodes: each node owns many points on a ring; a key goes to the first
// point clockwise from its hash, so adding a node moves only the keys that now fall to it.
import { createHash } from 'node:crypto';

const hash = (text) => createHash('md5').update(text).digest().readUInt32BE(0);

export class HashRing {
  constructor(nodes = [], virtualNodes = 100) {
    this.virtualNodes = virtualNodes;
    this.points = [];
    for (const node of nodes) this.add(node);
  }

  add(node) {
    for (let index = 0; index < this.virtualNodes; index++) this.points.push({ at: hash(`${node}#${index}`), node });
    this.points.sort((a, b) => a.at - b.at);
  }

  remove(node) {
    this.points = this.points.filter((point) => point.node !== node);
  }

  nodeFor(key) {
    if (this.points.length === 0) throw new Error('the ring has no nodes');
    const at = hash(key);
    let low = 0;
    let high = this.points.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.points[middle].at < at) low = middle + 1;
      else high = middle;
    }
    return this.points[low % this.points.length].node;
  }
}
