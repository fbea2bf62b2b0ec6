// The format of a topic's check: a shell command, passing on exit code 0, run in a folder of the
// workspace with a time limit. Shared by the roadmap file's `check` key and the workspace checks file.
import * as z from 'zod';

export const DEFAULT_CHECK_TIMEOUT_SECONDS = 120;
export const MAX_CHECK_TIMEOUT_SECONDS = 3600;
export const MAX_CHECK_COMMAND_LENGTH = 2000;

export const checkCommandSchema = z
  .string()
  .trim()
  .min(1, { message: 'a check command is empty' })
  .max(MAX_CHECK_COMMAND_LENGTH, { message: `a check command is at most ${MAX_CHECK_COMMAND_LENGTH} characters` })
  .refine((command) => !/[\r\n\0]/.test(command), { message: 'a check command is one line' });

/** A folder relative to the workspace folder, forward slashes, never leaving it. */
export const checkFolderSchema = z
  .string()
  .min(1, { message: 'a check folder is empty' })
  .max(500, { message: 'a check folder is at most 500 characters' })
  .refine((folder) => !folder.startsWith('/') && !/^[a-zA-Z]:/.test(folder) && !folder.includes('\\'), {
    message: 'a check folder is relative to the workspace folder, with forward slashes',
  })
  .refine((folder) => !folder.split('/').includes('..'), { message: 'a check folder may not leave the workspace with ".."' });

export const checkTimeoutSchema = z
  .number({ message: 'timeoutSeconds is a number of seconds' })
  .int({ message: 'timeoutSeconds is a whole number of seconds' })
  .min(1, { message: 'timeoutSeconds is at least 1' })
  .max(MAX_CHECK_TIMEOUT_SECONDS, { message: `timeoutSeconds is at most ${MAX_CHECK_TIMEOUT_SECONDS}` });

const checkObjectSchema = z.strictObject({
  command: checkCommandSchema,
  folder: checkFolderSchema.optional(),
  timeoutSeconds: checkTimeoutSchema.optional(),
});

/** `check: npm test` or `check: { command, folder?, timeoutSeconds? }`. */
export const checkSchema = z.union([checkCommandSchema, checkObjectSchema], {
  message: 'a check is a command, or an object with command and optionally folder and timeoutSeconds',
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
