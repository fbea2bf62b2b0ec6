// The Roadmaps view's status keys, also on the topic panel's page: Ctrl/Cmd+Enter toggles done, Alt+D /
// Alt+P / Alt+S / Alt+T set done / in progress / skipped / to do. Pure: takes the key event's fields.
import type { Status } from '../model/status';

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

const ALT_KEYS: Readonly<Record<string, Status>> = { KeyD: 'done', KeyP: 'in-progress', KeyS: 'skipped', KeyT: 'todo' };

/** The status a key sets on the topic shown (whose status is `current`), or undefined for other keys. */
export function statusForKey(press: KeyPress, current: Status): Status | undefined {
  if (press.shiftKey) return undefined;
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) return current === 'done' ? 'todo' : 'done';
  // `code` names the physical key, so Alt+D works whatever character the layout makes of it.
  if (press.altKey && !press.ctrlKey && !press.metaKey) return ALT_KEYS[press.code];
  return undefined;
}
