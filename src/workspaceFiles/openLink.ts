// Opens what a link in the panel points at: web and mail addresses outside VS Code, workspace files in
// the editor. The address is classified again here; what the webview says is never trusted.
import * as vscode from 'vscode';
import { classifyLink } from './links';
import { findInWorkspace } from './workspaceLocations';

export async function openLink(href: string, column: vscode.ViewColumn, log: vscode.LogOutputChannel): Promise<void> {
  const target = classifyLink(href);
  switch (target.kind) {
    case 'external':
      await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
      return;
    case 'workspace': {
      const located = await findInWorkspace(target.segments);
      if (!located.ok) {
        log.info(`Link not opened: ${target.path}: ${located.reason}`);
        void vscode.window.showWarningMessage(vscode.l10n.t('Roadmap Tracker did not open "{0}": {1}.', target.path, located.reason));
        return;
      }
      await openInEditor(located.uri, column);
      return;
    }
    case 'refused':
      log.info(`Link refused: ${JSON.stringify(href.slice(0, 200))}: ${target.reason}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Roadmap Tracker did not open this link: {0}.', target.reason));
      return;
  }
}

/** Opens a file the way the Explorer does (text in an editor, images in the image preview); a folder is revealed. */
export async function openInEditor(uri: vscode.Uri, column: vscode.ViewColumn): Promise<void> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) {
    await vscode.commands.executeCommand('revealInExplorer', uri);
    return;
  }
  await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: column, preview: false } satisfies vscode.TextDocumentShowOptions);
}
