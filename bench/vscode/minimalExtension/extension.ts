// The minimal reference extension: its activate creates one tree view of 7 rows, nothing else.
import * as vscode from 'vscode';
import { MINIMAL_ROWS, MINIMAL_VIEW_ID } from './identity';

export function activate(context: vscode.ExtensionContext): void {
  const treeDataProvider: vscode.TreeDataProvider<string> = {
    getChildren: (element) => (element === undefined ? [...MINIMAL_ROWS] : []),
    getTreeItem: (label) => new vscode.TreeItem(label),
  };
  context.subscriptions.push(vscode.window.createTreeView(MINIMAL_VIEW_ID, { treeDataProvider }));
}
