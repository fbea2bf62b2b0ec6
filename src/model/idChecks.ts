// Ids unique across a roadmap, and former ids that neither reuse a live id nor are claimed twice. Works
// on the raw data, whatever else is wrong with it, so these problems come in the same report as the
// schema's (a node without a string id is simply skipped here; the schema reports it).
import * as l10n from '@vscode/l10n';

export interface IdProblem {
  readonly message: string;
  /** Path of the offending id in the data, for its source position. */
  readonly path: readonly PropertyKey[];
  readonly related?: { readonly message: string; readonly path: readonly PropertyKey[] };
}

interface IdUse {
  readonly title: string;
  readonly path: readonly PropertyKey[];
}

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => value !== null && typeof value === 'object' && !Array.isArray(value);
const titleOf = (node: Record_, id: string): string => (typeof node.title === 'string' && node.title.trim() ? node.title.trim() : id);

export function checkIds(data: unknown, lineOf: (path: readonly PropertyKey[]) => number): IdProblem[] {
  if (!isRecord(data) || !Array.isArray(data.nodes)) return [];
  const problems: IdProblem[] = [];
  const live = new Map<string, IdUse>();
  const formerChecks: { id: string; ownerId: string; ownerTitle: string; path: PropertyKey[] }[] = [];
  // Document order, without recursion: a deep tree must not exhaust the stack.
  const pending: { nodes: unknown[]; path: PropertyKey[]; index: number }[] = [{ nodes: data.nodes, path: ['nodes'], index: 0 }];
  while (pending.length > 0) {
    const frame = pending[pending.length - 1];
    if (!frame || frame.index >= frame.nodes.length) {
      pending.pop();
      continue;
    }
    const index = frame.index++;
    const node = frame.nodes[index];
    if (!isRecord(node)) continue;
    const nodePath = [...frame.path, index];
    if (typeof node.id === 'string') {
      const idPath = [...nodePath, 'id'];
      const title = titleOf(node, node.id);
      const first = live.get(node.id);
      if (first) {
        problems.push({
          message: l10n.t(
            'duplicate id "{0}": "{1}" and "{2}" (line {3}) both use it; ids must be unique in a roadmap',
            node.id,
            title,
            first.title,
            lineOf(first.path),
          ),
          path: idPath,
          related: { message: l10n.t('"{0}" is first used here', node.id), path: first.path },
        });
      } else {
        live.set(node.id, { title, path: idPath });
      }
      if (Array.isArray(node.formerIds)) {
        node.formerIds.forEach((formerId: unknown, formerIndex) => {
          if (typeof formerId === 'string') {
            formerChecks.push({
              id: formerId,
              ownerId: node.id as string,
              ownerTitle: title,
              path: [...nodePath, 'formerIds', formerIndex],
            });
          }
        });
      }
    }
    if (Array.isArray(node.children)) pending.push({ nodes: node.children, path: [...nodePath, 'children'], index: 0 });
  }

  const former = new Map<string, IdUse>();
  for (const { id, ownerId, ownerTitle, path } of formerChecks) {
    if (id === ownerId) {
      problems.push({ message: l10n.t('"{0}" lists its own id "{1}" as a former id', ownerTitle, id), path });
      continue;
    }
    const liveUse = live.get(id);
    if (liveUse) {
      problems.push({
        message: l10n.t('former id "{0}" of "{1}" is the id of "{2}"; progress cannot follow both', id, ownerTitle, liveUse.title),
        path,
        related: { message: l10n.t('"{0}" is a live id here', id), path: liveUse.path },
      });
      continue;
    }
    const claimed = former.get(id);
    if (claimed) {
      problems.push({
        message: l10n.t('former id "{0}" is claimed by both "{1}" and "{2}"', id, ownerTitle, claimed.title),
        path,
        related: { message: l10n.t('also claimed here'), path: claimed.path },
      });
      continue;
    }
    former.set(id, { title: ownerTitle, path });
  }
  return problems;
}
