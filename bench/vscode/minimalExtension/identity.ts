// Who the minimal reference extension is, shared by its code and the bench that drives it (which must
// not import `vscode`).

export const MINIMAL_PUBLISHER = 'roadmap-tracker-bench';
export const MINIMAL_NAME = 'minimal-tree-view';
export const MINIMAL_CONTAINER_ID = 'minimalTreeView';
export const MINIMAL_CONTAINER_TITLE = 'Minimal Tree View';
export const MINIMAL_VIEW_ID = 'minimalTreeView.rows';
export const MINIMAL_ROWS: readonly string[] = ['Row 1', 'Row 2', 'Row 3', 'Row 4', 'Row 5', 'Row 6', 'Row 7'];

/** Its package.json: one view in its own activity-bar container, activated as Roadmap Tracker is. */
export function minimalManifest(engine: string): Record<string, unknown> {
  return {
    name: MINIMAL_NAME,
    displayName: MINIMAL_CONTAINER_TITLE,
    description: 'The reference Roadmap Tracker is measured against: one tree view of 7 rows.',
    version: '0.0.1',
    publisher: MINIMAL_PUBLISHER,
    license: 'MIT',
    engines: { vscode: engine },
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: {
      viewsContainers: { activitybar: [{ id: MINIMAL_CONTAINER_ID, title: MINIMAL_CONTAINER_TITLE, icon: 'icon.svg' }] },
      views: { [MINIMAL_CONTAINER_ID]: [{ id: MINIMAL_VIEW_ID, name: 'Rows' }] },
    },
  };
}
