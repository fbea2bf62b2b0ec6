// Everything that needs yaml or zod, done in the worker thread: loading roadmap text (cached by content
// hash), importing text and writing YAML. Failures of the worker become problems, never rejections.
import type { LoadResult } from '../model/loadResult';
import { contentHash } from '../platform/contentHash';
import { START_OF_FILE } from '../model/problems';
import type { RoadmapInput } from '../model/schema';
import type { ImportOptions, ImportResult } from '../model/textImport';
import { ParseCache } from './parseCache';
import { RoadmapWorkerClient } from './roadmapWorkerClient';
import type { WorkerStart } from './roadmapWorkerProtocol';
import * as l10n from '@vscode/l10n';

export class RoadmapReader {
  private readonly worker: RoadmapWorkerClient;
  private readonly cache: ParseCache;

  /** `start`: the display language (vscode.env.language) and its bundle (vscode.l10n.bundle), for the worker's messages. */
  constructor(workerFile: string, start: WorkerStart = {}, timeoutMs?: number) {
    this.worker = new RoadmapWorkerClient(workerFile, timeoutMs, start);
    this.cache = new ParseCache((text) => this.worker.request({ kind: 'load', text }), contentHash);
  }

  /** Loads roadmap text; the same text is parsed once. */
  async load(text: string): Promise<LoadResult> {
    try {
      return await this.cache.load(text);
    } catch (failure) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      return { problems: [{ message: l10n.t('the file could not be read: {0}', reason), severity: 'error', range: START_OF_FILE }] };
    }
  }

  importText(text: string, options: ImportOptions): Promise<ImportResult> {
    return this.worker.request({ kind: 'importText', text, options });
  }

  toYaml(roadmap: RoadmapInput, comment: string): Promise<string> {
    return this.worker.request({ kind: 'toYaml', roadmap, comment });
  }

  dispose(): void {
    this.worker.dispose();
  }
}
