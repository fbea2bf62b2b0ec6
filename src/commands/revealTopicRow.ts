// Reveals a topic's row in the Roadmaps view, selected and focused, so that the status keys and the
// commands without an argument act on it. A change the view applies while a reveal runs (a collapse, a
// refresh after a sync or a filter) can leave the row unselected; then it is revealed again, a few times.
import type * as vscode from 'vscode';
import type { TopicRef } from '../contracts/topicRef';
import type { CommandContext } from './commandContext';

const ATTEMPTS = 3;
/** How long a reveal's selection may take to reach the extension before it counts as lost. */
const SELECTION_WAIT_MS = 300;

export async function revealTopicRow(context: CommandContext, ref: TopicRef, expand: boolean): Promise<void> {
  const { treeView } = context;
  const element = context.treeProvider.nodeElement(ref.roadmapId, ref.topicId);
  const selected = (): boolean =>
    treeView.selection.some((row) => row.kind === 'node' && row.roadmapId === ref.roadmapId && row.nodeId === ref.topicId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await treeView.reveal(element, { select: true, focus: true, expand });
    if (selected() || (await selectionArrives(treeView, selected))) return;
  }
}

/** Resolves true when the selection becomes what `selected` wants, false after SELECTION_WAIT_MS. */
function selectionArrives<T>(treeView: vscode.TreeView<T>, selected: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), SELECTION_WAIT_MS);
    const subscription = treeView.onDidChangeSelection(() => {
      if (selected()) finish(true);
    });
    function finish(result: boolean): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve(result);
    }
  });
}
