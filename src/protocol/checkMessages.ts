// The topic panel's check messages, joined into the panel's protocol (topicPanelProtocol.ts): the page
// asks to run or set the topic's check; the extension sends the check's state whenever it changes.
import * as z from 'zod/mini';
import { ID_PATTERN, MAX_ID_LENGTH } from '../model/ids';

const idSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
const textSchema = z.string().check(z.maxLength(2000));
const topicRef = { roadmapId: idSchema, topicId: idSchema };

export const CHECK_OUTCOMES = ['passed', 'failed', 'timedOut', 'error'] as const;

export const checkWebviewMessages = [
  z.strictObject({ type: z.literal('runCheck'), ...topicRef }),
  z.strictObject({ type: z.literal('setCheck'), ...topicRef }),
] as const;

export const checkStateSchema = z.strictObject({
  /** Why checks cannot run here (Restricted Mode, the web). */
  unavailable: z.optional(textSchema),
  command: z.optional(textSchema),
  source: z.optional(textSchema),
  folder: z.optional(textSchema),
  problem: z.optional(textSchema),
  running: z.boolean(),
  last: z.optional(
    z.strictObject({
      outcome: z.enum(CHECK_OUTCOMES),
      /** When it ended, ms since the epoch. */
      at: z.number(),
      summary: textSchema,
    }),
  ),
  verifiedAt: z.optional(z.number()),
});

export type CheckState = z.infer<typeof checkStateSchema>;

export const checkExtensionMessages = [z.strictObject({ type: z.literal('checkState'), ...topicRef, check: checkStateSchema })] as const;
