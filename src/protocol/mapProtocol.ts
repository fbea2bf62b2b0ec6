// The message protocol between the map panel's page and the extension, used by both sides: every
// message is validated on arrival, and one that does not validate is dropped and logged. No vscode and
// no DOM here: the map's page bundle imports this file too.
import * as z from 'zod/mini';
import { ID_PATTERN, MAX_ID_LENGTH } from '../model/ids';
import { STATUSES } from '../model/status';
import { languageTagSchema, mapPageTextMessageSchema } from './pageText';

/** The most nodes a map draws; far above any real roadmap (the merged one has about 250 topics). */
export const MAX_MAP_NODES = 20_000;

const idSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
const statusSchema = z.enum(STATUSES);
const textSchema = z.string().check(z.maxLength(2000));
const topicRef = { roadmapId: idSchema, topicId: idSchema };

export const mapNodeSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  kind: z.enum(['group', 'topic']),
  parentId: z.optional(idSchema),
});

/** Topic id → status, for topics that are not to do (the default). */
const statusListSchema = z.array(z.tuple([idSchema, statusSchema])).check(z.maxLength(MAX_MAP_NODES));

/** Zoom and pan: d3-zoom's transform (translate x, y and scale k). */
export const viewSchema = z.strictObject({
  x: z.number().check(z.gte(-1e7), z.lte(1e7)),
  y: z.number().check(z.gte(-1e7), z.lte(1e7)),
  k: z.number().check(z.gte(0.01), z.lte(100)),
});
export type MapView = z.infer<typeof viewSchema>;

// Extension → page -------------------------------------------------------------------------------------

export const mapExtensionMessageSchema = z.discriminatedUnion('type', [
  /** Sent first, on `ready`: the page's own words in the display language. */
  mapPageTextMessageSchema,
  /** The whole roadmap (first time, and again when its file changed): the page lays it out. */
  z.strictObject({
    type: z.literal('map'),
    roadmapId: idSchema,
    title: textSchema,
    /** The language the roadmap's titles are written in (its `lang`); the page's `<html lang>`. English if absent. */
    lang: z.optional(languageTagSchema),
    nodes: z.array(mapNodeSchema).check(z.maxLength(MAX_MAP_NODES)),
    statuses: statusListSchema,
    /** Test mode: the page reports what it drew (`drawn`). */
    report: z.boolean(),
  }),
  /** Statuses changed: the page recolours those nodes and the bars, without a new layout. */
  z.strictObject({ type: z.literal('statuses'), roadmapId: idSchema, statuses: statusListSchema }),
  /** The roadmap is not loaded (any more). */
  z.strictObject({ type: z.literal('missing'), roadmapId: idSchema, message: textSchema }),
  /** Asks the page for the map as a PNG (rendered from the given SVG markup, which the extension built). */
  z.strictObject({
    type: z.literal('renderPng'),
    requestId: z.number().check(z.int(), z.gte(0)),
    svg: z.string().check(z.maxLength(50_000_000)),
    width: z.number().check(z.gte(1), z.lte(20_000)),
    height: z.number().check(z.gte(1), z.lte(20_000)),
  }),
]);
export type MapExtensionMessage = z.infer<typeof mapExtensionMessageSchema>;

// Page → extension -------------------------------------------------------------------------------------

export const mapWebviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('openTopic'), ...topicRef }),
  z.strictObject({ type: z.literal('setStatus'), ...topicRef, status: statusSchema }),
  z.strictObject({ type: z.literal('toggleDone'), ...topicRef }),
  /** A toolbar button. */
  z.strictObject({ type: z.literal('export'), roadmapId: idSchema, what: z.enum(['svg', 'png', 'card-svg', 'card-png']) }),
  /** The answer to `renderPng`: base 64 of the PNG file, or why it failed. */
  z.strictObject({
    type: z.literal('png'),
    requestId: z.number().check(z.int(), z.gte(0)),
    base64: z.optional(z.string().check(z.maxLength(100_000_000), z.regex(/^[A-Za-z0-9+/]*={0,2}$/))),
    error: z.optional(textSchema),
  }),
  /** Test mode: what the page drew, read back from its DOM (node id → status, or "group"). */
  z.strictObject({
    type: z.literal('drawn'),
    roadmapId: idSchema,
    nodes: z.array(z.tuple([idSchema, z.enum([...STATUSES, 'group'])])).check(z.maxLength(MAX_MAP_NODES)),
    focusedId: z.optional(idSchema),
  }),
  z.strictObject({ type: z.literal('invalidMessage'), reason: textSchema }),
]);
export type MapWebviewMessage = z.infer<typeof mapWebviewMessageSchema>;

/** What the page keeps with `setState`, so the panel comes back after a reload showing the same view. */
export const mapPersistedStateSchema = z.strictObject({
  roadmapId: idSchema,
  view: z.optional(viewSchema),
  focusedId: z.optional(idSchema),
});
export type MapPersistedState = z.infer<typeof mapPersistedStateSchema>;

export { describeInvalid } from './topicPanelProtocol';
