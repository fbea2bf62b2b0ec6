// Which check a topic has, from its three sources in order: the roadmap file's `check` key, then the
// workspace checks file (the learner's own choice, which overrides the roadmap's field by field), then,
// only when neither names a command, the test-folder convention.
import type { CheckSpec } from './checkSchema';

export type CheckSource = 'roadmap' | 'checksFile' | 'convention';

export const CHECK_SOURCE_LABELS: Readonly<Record<CheckSource, string>> = {
  roadmap: 'the roadmap file',
  checksFile: 'the workspace checks file',
  convention: 'the test-folder convention',
};

export interface ConventionCheck {
  readonly spec: CheckSpec;
  /** Why this command was chosen, e.g. "node --test: found rateLimiter.test.mjs". */
  readonly reason: string;
}

export interface CheckSources {
  readonly roadmap?: CheckSpec;
  readonly checksFile?: CheckSpec;
  readonly convention?: ConventionCheck;
}

export interface MergedCheck {
  readonly command: string;
  readonly folder?: string;
  readonly timeoutSeconds?: number;
  /** Where the command comes from. */
  readonly source: CheckSource;
  /** Every source that contributed a field, in order. */
  readonly from: readonly CheckSource[];
  /** For the convention: which test command it chose and why. */
  readonly reason?: string;
}

export function mergeCheckSources(sources: CheckSources): MergedCheck | undefined {
  const explicit = (['roadmap', 'checksFile'] as const).flatMap((source) => {
    const spec = sources[source];
    return spec === undefined ? [] : [{ source, spec }];
  });
  // The later source wins: its command, and each field it sets.
  const last = explicit.at(-1);
  if (last) {
    let folder: string | undefined;
    let timeoutSeconds: number | undefined;
    for (const { spec } of explicit) {
      folder = spec.folder ?? folder;
      timeoutSeconds = spec.timeoutSeconds ?? timeoutSeconds;
    }
    return {
      command: last.spec.command,
      folder,
      timeoutSeconds,
      source: last.source,
      from: explicit.map(({ source }) => source),
    };
  }
  const convention = sources.convention;
  if (!convention) return undefined;
  return { ...convention.spec, source: 'convention', from: ['convention'], reason: convention.reason };
}

/** The key approvals and results are kept under: the exact command and the folder it runs in. */
export function approvalKey(command: string, folder: string): string {
  return JSON.stringify([command, folder]);
}
