// Parses several checklists in one worker (see ../hangGuard.ts).
import { parseChecklist } from '../../../src/model/progressTransfer/progressExport';

export function parseMany(texts: readonly string[]): ReturnType<typeof parseChecklist>[] {
  return texts.map(parseChecklist);
}
