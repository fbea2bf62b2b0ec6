// What a key pressed on a focused map node does: the Roadmaps view's keys (Enter opens, Ctrl/Cmd+Enter
// toggles done, Alt+D/P/S/T set a status), roadmap.sh's single letters (D done, L learning, S skipped,
// R reset), arrows to move, and + / − / 0 to zoom in, out and fit.
import type { Direction } from '../../model/mapNavigation';
import type { Status } from '../../model/status';

export interface KeyPress {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export type KeyAction =
  | { readonly kind: 'open' }
  | { readonly kind: 'toggleDone' }
  | { readonly kind: 'status'; readonly status: Status }
  | { readonly kind: 'move'; readonly direction: Direction }
  | { readonly kind: 'zoom'; readonly zoom: 'in' | 'out' | 'fit' };

const LETTERS: Readonly<Record<string, Status>> = { d: 'done', l: 'in-progress', s: 'skipped', r: 'todo' };
const ALT_LETTERS: Readonly<Record<string, Status>> = { d: 'done', p: 'in-progress', s: 'skipped', t: 'todo' };
const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Alt+letter arrives with `key` changed by the keyboard layout on macOS (Alt+D is "∂"), so the letter
 * comes from `code` when given.
 */
export function keyAction(press: KeyPress, code?: string): KeyAction | undefined {
  const command = press.ctrlKey || press.metaKey;
  if (press.key === 'Enter') return command ? { kind: 'toggleDone' } : press.altKey ? undefined : { kind: 'open' };
  if (press.key === ' ' && !command && !press.altKey) return { kind: 'open' };
  const arrow = ARROWS[press.key];
  if (arrow && !command && !press.altKey) return { kind: 'move', direction: arrow };
  if (command) return undefined;
  const letter = code?.startsWith('Key') ? code.slice(3).toLowerCase() : press.key.toLowerCase();
  if (press.altKey) {
    const status = ALT_LETTERS[letter];
    return status ? { kind: 'status', status } : undefined;
  }
  if (press.key === '+' || press.key === '=') return { kind: 'zoom', zoom: 'in' };
  if (press.key === '-' || press.key === '_') return { kind: 'zoom', zoom: 'out' };
  if (press.key === '0') return { kind: 'zoom', zoom: 'fit' };
  if (press.shiftKey) return undefined;
  const status = LETTERS[letter];
  return status ? { kind: 'status', status } : undefined;
}
