// The format of a topic's check: a shell command, passing on exit code 0, run in a folder of the
// workspace with a time limit. Shared by the roadmap file's `check` key and the workspace checks file.
// zod/mini: the workspace checks file is read at activation, and full zod stays out of that bundle.
import * as z from 'zod/mini';
import * as l10n from '@vscode/l10n';

export const DEFAULT_CHECK_TIMEOUT_SECONDS = 120;
export const MAX_CHECK_TIMEOUT_SECONDS = 3600;
export const MAX_CHECK_COMMAND_LENGTH = 2000;

export const checkCommandSchema = z.string().check(
  z.trim(),
  z.minLength(1, { error: () => l10n.t('a check command is empty') }),
  z.maxLength(MAX_CHECK_COMMAND_LENGTH, { error: () => l10n.t('a check command is at most {0} characters', MAX_CHECK_COMMAND_LENGTH) }),
  z.refine((command) => !/[\r\n\0]/.test(command), { error: () => l10n.t('a check command is one line') }),
);

/** A folder relative to the workspace folder, forward slashes, never leaving it. */
export const checkFolderSchema = z.string().check(
  z.minLength(1, { error: () => l10n.t('a check folder is empty') }),
  z.maxLength(500, { error: () => l10n.t('a check folder is at most 500 characters') }),
  z.refine((folder) => !folder.startsWith('/') && !/^[a-zA-Z]:/.test(folder) && !folder.includes('\\'), {
    error: () => l10n.t('a check folder is relative to the workspace folder, with forward slashes'),
  }),
  z.refine((folder) => !folder.split('/').includes('..'), { error: () => l10n.t('a check folder may not leave the workspace with ".."') }),
);

export const checkTimeoutSchema = z
  .number({ error: () => l10n.t('timeoutSeconds is a number of seconds') })
  .check(
    z.int({ error: () => l10n.t('timeoutSeconds is a whole number of seconds') }),
    z.gte(1, { error: () => l10n.t('timeoutSeconds is at least 1') }),
    z.lte(MAX_CHECK_TIMEOUT_SECONDS, { error: () => l10n.t('timeoutSeconds is at most {0}', MAX_CHECK_TIMEOUT_SECONDS) }),
  );

const checkObjectSchema = z.strictObject({
  command: checkCommandSchema,
  folder: z.optional(checkFolderSchema),
  timeoutSeconds: z.optional(checkTimeoutSchema),
});

/** `check: npm test` or `check: { command, folder?, timeoutSeconds? }`. */
export const checkSchema = z.union([checkCommandSchema, checkObjectSchema], {
  error: () => l10n.t('a check is a command, or an object with command and optionally folder and timeoutSeconds'),
});

export type CheckInput = z.input<typeof checkSchema>;

/** A check as the extension uses it, whatever form it was written in. */
export interface CheckSpec {
  readonly command: string;
  /** Relative to the workspace folder; absent: the source's default folder. */
  readonly folder?: string;
  readonly timeoutSeconds?: number;
}

/** The normal form of a validated `check` value. */
export function checkSpecOf(input: z.output<typeof checkSchema>): CheckSpec {
  return typeof input === 'string' ? { command: input } : input;
}
