// The view's filter toggles: Hide Done, Hide Skipped, In Progress Only (each with its "off" twin, so
// the view's title shows which are on).
import type { FilterToggle } from '../progress/viewFilterState';
import type { CommandContext } from './commandContext';

export function setFilterHandler(context: CommandContext, toggle: FilterToggle, on: boolean) {
  return (): Promise<void> => context.filterState.set(toggle, on);
}
