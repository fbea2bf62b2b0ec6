// The activity history in globalState (it belongs to the learner, not to a workspace): a local copy
// that is this machine's truth, and a synced copy under its own key that Settings Sync carries between
// machines. Settings Sync replaces a key wholesale, so the synced copy is only a messenger: every write
// and every sync pass merges both (set union, see model/activity.ts) and writes back what grew.
//
// Saved form, version 1: { v: 1, d: { "<YYYY-MM-DD>": "<roadmap>/<topic>/<kind letter> …" } }, or, when
// that is large, { v: 1, z: "<base 64 of the deflated JSON of d>" }. The synced copy keeps the last
// SYNCED_DAYS days (the heatmap's year and a margin), the local copy the last LOCAL_DAYS.
import * as z from 'zod/mini';
import { ActivityHistory, addDays, isDayKey, parseFactKey, type ActivityFact, type DayKey } from '../model/activity';
import { ID_PATTERN } from '../model/ids';
import { Emitter } from './emitter';
import type { MementoLike } from './memento';
import { compress, COMPRESS_ABOVE_CHARS, describeIssue, inflateStringRecord, savedVersion } from './progressCodec';

export const ACTIVITY_KEY = 'roadmapTracker.activity';
/** Registered with setKeysForSync (in the one list, src/sync/registerProgressSync.ts). */
export const SYNCED_ACTIVITY_KEY = 'roadmapTracker.syncedActivity';
export const ACTIVITY_BACKUP_KEY_PREFIX = 'roadmapTracker.activityBackup.';
export const ACTIVITY_VERSION = 1;
export const SYNCED_DAYS = 400;
export const LOCAL_DAYS = 3660;
/** Bounds on what a saved value may hold, so a damaged or hostile value is refused in bounded time. */
const MAX_DAYS = 10_000;
const MAX_FACTS_PER_DAY = 20_000;

const daysSchema = z.record(z.string(), z.string());
const savedSchema = z.union([z.strictObject({ v: z.literal(1), d: daysSchema }), z.strictObject({ v: z.literal(1), z: z.string() })]);
export type SavedActivity = z.infer<typeof savedSchema>;

export type ActivityDecode =
  { kind: 'ok'; history: ActivityHistory } | { kind: 'newer'; version: number } | { kind: 'corrupt'; reason: string };

export function encodeActivity(history: ActivityHistory): SavedActivity {
  const days: Record<string, string> = {};
  for (const day of history.days()) days[day] = history.factKeys(day).join(' ');
  const json = JSON.stringify(days);
  return json.length > COMPRESS_ABOVE_CHARS ? { v: ACTIVITY_VERSION, z: compress(json) } : { v: ACTIVITY_VERSION, d: days };
}

function isFactKey(key: string): boolean {
  const fact = parseFactKey(key);
  return fact !== undefined && ID_PATTERN.test(fact.roadmapId) && ID_PATTERN.test(fact.topicId);
}

export function decodeActivity(value: unknown): ActivityDecode {
  if (value === undefined) return { kind: 'ok', history: new ActivityHistory() };
  const version = savedVersion(value);
  if (version !== undefined && version > ACTIVITY_VERSION) return { kind: 'newer', version };
  const parsed = savedSchema.safeParse(value);
  if (!parsed.success) return { kind: 'corrupt', reason: describeIssue(parsed.error) };
  let days: Record<string, string>;
  if ('d' in parsed.data) {
    days = parsed.data.d;
  } else {
    const inflated = inflateStringRecord(parsed.data.z);
    if (!inflated.ok) return { kind: 'corrupt', reason: inflated.reason };
    days = inflated.record;
  }
  const entries = Object.entries(days);
  if (entries.length > MAX_DAYS) return { kind: 'corrupt', reason: `more than ${MAX_DAYS} days` };
  const history = new ActivityHistory();
  for (const [day, packed] of entries) {
    if (!isDayKey(day)) return { kind: 'corrupt', reason: `"${day.slice(0, 20)}" is not a day` };
    const keys = packed.length === 0 ? [] : packed.split(' ');
    if (keys.length > MAX_FACTS_PER_DAY) return { kind: 'corrupt', reason: `${day}: more than ${MAX_FACTS_PER_DAY} facts` };
    for (const key of keys) {
      if (!isFactKey(key)) return { kind: 'corrupt', reason: `${day}: "${key.slice(0, 60)}" is not an activity` };
      history.addKey(day, key);
    }
  }
  return { kind: 'ok', history };
}

export interface ActivitySetAside {
  readonly key: string;
  readonly backupKey: string;
  readonly reason: string;
}

export class ActivityStore {
  private readonly local: ActivityHistory;
  private readonly changed = new Emitter<void>();
  private readonly setAside = new Emitter<ActivitySetAside>();
  /** Set while the synced value comes from a newer version: it is then never replaced. */
  private syncedIsNewer = false;
  private pendingWrite: Promise<void> = Promise.resolve();
  private readonly reservedBackupKeys = new Set<string>();

  readonly onDidChange = this.changed.event;
  readonly onDidSetAside = this.setAside.event;

  constructor(
    private readonly memento: MementoLike,
    private readonly today: () => DayKey,
    private readonly clock: () => number = Date.now,
  ) {
    this.local = this.read(ACTIVITY_KEY) ?? new ActivityHistory();
  }

  history(): ActivityHistory {
    return this.local;
  }

  /** Records a fact for today; writes both copies when it is new. */
  async record(fact: ActivityFact): Promise<boolean> {
    if (!this.local.add(this.today(), fact)) return false;
    this.changed.fire();
    await this.publish();
    return true;
  }

  /** Merges facts from elsewhere (an import, the tests' seed) and saves both copies. */
  async mergeIn(other: ActivityHistory): Promise<boolean> {
    const grew = this.local.merge(other);
    if (grew) this.changed.fire();
    await this.publish();
    return grew;
  }

  /**
   * Merges the synced copy (another machine may have replaced it) into the local one, and writes the
   * synced copy back when this machine holds facts it lacks. Returns whether the local copy grew.
   */
  async sync(): Promise<boolean> {
    const synced = this.read(SYNCED_ACTIVITY_KEY);
    const grew = synced ? this.local.merge(synced) : false;
    if (grew) this.changed.fire();
    await this.publish(synced);
    return grew;
  }

  flush(): Promise<void> {
    return this.pendingWrite;
  }

  dispose(): void {
    this.changed.dispose();
    this.setAside.dispose();
  }

  /** Writes the local copy, and the synced copy when it lacks something. */
  private publish(alreadyRead?: ActivityHistory): Promise<void> {
    const today = this.today();
    this.local.dropBefore(addDays(today, -LOCAL_DAYS));
    const localValue = encodeActivity(this.local);
    return this.queue(async () => {
      await this.memento.update(ACTIVITY_KEY, localValue);
      if (this.syncedIsNewer) return;
      const synced = alreadyRead ?? this.read(SYNCED_ACTIVITY_KEY) ?? new ActivityHistory();
      if (this.syncedIsNewer) return;
      const outgoing = this.local.clone();
      outgoing.merge(synced);
      outgoing.dropBefore(addDays(today, -SYNCED_DAYS));
      const kept = synced.clone();
      kept.dropBefore(addDays(today, -SYNCED_DAYS));
      if (!outgoing.equals(kept) || !synced.equals(kept)) await this.memento.update(SYNCED_ACTIVITY_KEY, encodeActivity(outgoing));
    });
  }

  /** The history saved under `key`; undefined (and the raw value kept aside) when it cannot be used. */
  private read(key: string): ActivityHistory | undefined {
    const raw = this.memento.get<unknown>(key);
    const decoded = decodeActivity(raw);
    if (key === SYNCED_ACTIVITY_KEY) this.syncedIsNewer = decoded.kind === 'newer';
    if (decoded.kind === 'ok') return decoded.history;
    if (decoded.kind === 'newer') return undefined;
    const backupKey = this.freeBackupKey();
    this.queue(() => this.memento.update(backupKey, raw)).catch(() => undefined);
    this.setAside.fire({ key, backupKey, reason: decoded.reason });
    return undefined;
  }

  private freeBackupKey(): string {
    const taken = new Set([...this.memento.keys(), ...this.reservedBackupKeys]);
    const base = `${ACTIVITY_BACKUP_KEY_PREFIX}${this.clock()}`;
    let key = base;
    for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
    this.reservedBackupKeys.add(key);
    return key;
  }

  private queue(task: () => Thenable<void>): Promise<void> {
    const next = this.pendingWrite.then(task, task);
    this.pendingWrite = next.catch(() => undefined);
    return next;
  }
}
