// The shape of roadmap and topic ids, shared by the roadmap schema, the saved-progress codec and the
// webview protocol. No imports, so the webview's page script can use it too.

/** Lower-case words joined by dashes: stable across renames of the title, safe in keys and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id a roadmap file may declare. */
export const MAX_ID_LENGTH = 80;
