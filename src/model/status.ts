// Topic statuses and the progress entry saved for each topic.

export const STATUSES = ['todo', 'in-progress', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

export interface ProgressEntry {
  readonly status: Status;
  /** Milliseconds since the epoch when the status was last changed. */
  readonly changedAt: number;
}

/** Progress of one roadmap: topic id → entry. Topics without an entry are todo. */
export type RoadmapProgress = ReadonlyMap<string, ProgressEntry>;

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}
