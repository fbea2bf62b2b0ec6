// The message protocol between the Progress view's page and the extension, used by both sides; every
// message is validated on arrival. No vscode and no DOM here: the page bundle imports this file too.
import * as z from 'zod/mini';
import { ID_PATTERN, MAX_ID_LENGTH } from '../model/ids';
import { progressPageTextMessageSchema } from './pageText';

const idSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
const textSchema = z.string().check(z.maxLength(2000));
const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const count = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));

export const overviewSchema = z.strictObject({
  today: daySchema,
  streaks: z.strictObject({ current: count, longest: count }),
  pacePerWeek: z.number().check(z.gte(0)),
  streakText: textSchema,
  paceText: textSchema,
  todayText: textSchema,
  roadmaps: z
    .array(
      z.strictObject({
        roadmapId: idSchema,
        title: textSchema,
        done: count,
        total: count,
        percent: z.number().check(z.gte(0), z.lte(100)),
        pacePerWeek: z.number().check(z.gte(0)),
        forecastText: textSchema,
        targetText: z.optional(textSchema),
        verified: count,
        verifiedText: z.optional(textSchema),
      }),
    )
    .check(z.maxLength(500)),
  heatmap: z
    .array(z.array(z.tuple([daySchema, count, z.number().check(z.int(), z.gte(0), z.lte(4))])).check(z.maxLength(7)))
    .check(z.maxLength(60)),
});

export const progressExtensionMessageSchema = z.discriminatedUnion('type', [
  /** Sent first, on `ready`: the page's own words in the display language. */
  progressPageTextMessageSchema,
  z.strictObject({ type: z.literal('state'), overview: overviewSchema, report: z.boolean() }),
]);
export type ProgressExtensionMessage = z.infer<typeof progressExtensionMessageSchema>;

export const progressWebviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('showMap'), roadmapId: idSchema }),
  z.strictObject({ type: z.literal('openSettings') }),
  /** Test mode: the texts the page shows, read back from its DOM. */
  z.strictObject({ type: z.literal('drawn'), texts: z.array(textSchema).check(z.maxLength(1000)), heatmapDays: count }),
  z.strictObject({ type: z.literal('invalidMessage'), reason: textSchema }),
]);
export type ProgressWebviewMessage = z.infer<typeof progressWebviewMessageSchema>;

export { describeInvalid } from './topicPanelProtocol';
