// Remembers which rows of the Roadmaps view the learner left expanded, per workspace, so they are
// expanded again after a window reload. VS Code keeps expansion across refreshes but not across reloads,
// so the rows answer with the state saved when the window opened; what changes now is saved for the next.
import type * as vscode from 'vscode';
import { EXPANDED_ROWS_KEY } from '../../contracts/stateKeys';
import type { MementoLike } from '../../store/memento';
import type { TreeElement } from './treeElements';

/** Bounds the state kept: the rows expanded most recently win. */
const MAX_REMEMBERED_ROWS = 2_000;

export class ExpansionMemory {
  /** Rows expanded when the window opened. */
  private readonly restored: ReadonlySet<string>;
  /** Rows expanded now. */
  private readonly expanded: Set<string>;

  constructor(private readonly workspaceState: MementoLike) {
    const saved = workspaceState.get<unknown>(EXPANDED_ROWS_KEY);
    this.restored = new Set(
      Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string').slice(-MAX_REMEMBERED_ROWS) : [],
    );
    this.expanded = new Set(this.restored);
  }

  /** Whether the row was expanded when the window opened (VS Code keeps what happens since). */
  isExpanded(rowId: string | undefined): boolean {
    return rowId !== undefined && this.restored.has(rowId);
  }

  /** Follows the view's expand and collapse events; `rowIdOf` gives an element's stable TreeItem id. */
  track(treeView: vscode.TreeView<TreeElement>, rowIdOf: (element: TreeElement) => string | undefined): vscode.Disposable[] {
    return [
      treeView.onDidExpandElement(({ element }) => this.set(rowIdOf(element), true)),
      treeView.onDidCollapseElement(({ element }) => this.set(rowIdOf(element), false)),
    ];
  }

  private set(rowId: string | undefined, expanded: boolean): void {
    if (rowId === undefined || this.expanded.has(rowId) === expanded) return;
    if (expanded) this.expanded.add(rowId);
    else this.expanded.delete(rowId);
    void this.workspaceState.update(EXPANDED_ROWS_KEY, [...this.expanded].slice(-MAX_REMEMBERED_ROWS));
  }
}
