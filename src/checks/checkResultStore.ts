// What the checks have shown, kept in the workspace state: each topic's last result (for the tree's mark
// and the panel, across reloads) and the topics a passing check marked done ("verified"), with the time.
// Kept apart from the progress codec on purpose: export can read `verifiedAt` beside the status.
import * as z from 'zod/mini';
import type { TopicRef } from '../contracts/topicRef';
import { Emitter } from '../store/emitter';
import type { MementoLike } from '../store/memento';

export type CheckOutcome = 'passed' | 'failed' | 'timedOut' | 'error';

export interface CheckResult {
  readonly outcome: CheckOutcome;
  /** When the run ended (ms since the epoch). */
  readonly at: number;
  /** The command that ran, as shown to the learner. */
  readonly command: string;
  /** A short sentence: the exit code, the time limit, or why it could not start. */
  readonly summary: string;
}

const RESULTS_KEY = 'roadmapTracker.checkResults';
const VERIFIED_KEY = 'roadmapTracker.checkVerified';
/** The oldest entries go beyond this, so the state stays small whatever the workspace holds. */
export const MAX_KEPT_ENTRIES = 500;

const resultSchema = z.object({
  outcome: z.enum(['passed', 'failed', 'timedOut', 'error']),
  at: z.number(),
  command: z.string().check(z.maxLength(2000)),
  summary: z.string().check(z.maxLength(500)),
});
const resultsSchema = z.record(z.string(), resultSchema);
const verifiedSchema = z.record(z.string(), z.number());

const keyOf = (ref: TopicRef): string => `${ref.roadmapId}/${ref.topicId}`;

export class CheckResultStore {
  private readonly results: Map<string, CheckResult>;
  private readonly verified: Map<string, number>;
  private readonly changed = new Emitter<TopicRef>();
  /** Fired with the topic whose result or verified mark changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: MementoLike) {
    // A value that does not validate (damaged, or from a newer version) is ignored, not deleted.
    const results = resultsSchema.safeParse(memento.get(RESULTS_KEY));
    const verified = verifiedSchema.safeParse(memento.get(VERIFIED_KEY));
    this.results = new Map(results.success ? Object.entries(results.data) : []);
    this.verified = new Map(verified.success ? Object.entries(verified.data) : []);
  }

  resultOf(ref: TopicRef): CheckResult | undefined {
    return this.results.get(keyOf(ref));
  }

  /** When a passing check marked the topic done; undefined when it was not (or no longer is) verified. */
  verifiedAt(ref: TopicRef): number | undefined {
    return this.verified.get(keyOf(ref));
  }

  async record(ref: TopicRef, result: CheckResult): Promise<void> {
    this.results.set(keyOf(ref), result);
    this.changed.fire(ref);
    await this.memento.update(RESULTS_KEY, Object.fromEntries(newest(this.results, (entry) => entry.at)));
  }

  async markVerified(ref: TopicRef, at: number): Promise<void> {
    this.verified.set(keyOf(ref), at);
    this.changed.fire(ref);
    await this.memento.update(VERIFIED_KEY, Object.fromEntries(newest(this.verified, (time) => time)));
  }

  /** The topic's status was changed by hand since: it is no longer verified by its check. */
  async clearVerified(ref: TopicRef): Promise<void> {
    if (!this.verified.delete(keyOf(ref))) return;
    this.changed.fire(ref);
    await this.memento.update(VERIFIED_KEY, Object.fromEntries(this.verified));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The newest MAX_KEPT_ENTRIES entries; the map itself is trimmed to them. */
function newest<T>(map: Map<string, T>, timeOf: (value: T) => number): [string, T][] {
  if (map.size <= MAX_KEPT_ENTRIES) return [...map];
  const kept = [...map].sort(([, a], [, b]) => timeOf(b) - timeOf(a)).slice(0, MAX_KEPT_ENTRIES);
  map.clear();
  for (const [key, value] of kept) map.set(key, value);
  return kept;
}
