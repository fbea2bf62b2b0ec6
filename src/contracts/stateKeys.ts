// Keys of state the extension keeps in VS Code's Mementos outside the progress store. The followed
// bundled roadmaps roam with Settings Sync (the store registers the key with setKeysForSync); the rest
// is kept per workspace.

/** globalState, synced: ids of the bundled roadmaps the learner follows. */
export const FOLLOWED_ROADMAPS_KEY = 'roadmapTracker.followedRoadmaps';
/** workspaceState: ids of this workspace's own roadmaps the learner stopped following here. */
export const UNFOLLOWED_WORKSPACE_ROADMAPS_KEY = 'roadmapTracker.unfollowedWorkspaceRoadmaps';
/** workspaceState: whether the view shows every roadmap, followed or not. */
export const SHOW_ALL_ROADMAPS_KEY = 'roadmapTracker.showAllRoadmaps';
/** workspaceState: the view's status filters. */
export const TOPIC_FILTER_KEY = 'roadmapTracker.topicFilter';
/** workspaceState: ids of the tree rows the learner left expanded. */
export const EXPANDED_ROWS_KEY = 'roadmapTracker.expandedRows';
