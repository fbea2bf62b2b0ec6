// The check of RichText on arrival (see richText.ts); the page and the tests use it.
import * as z from 'zod/mini';
import { MAX_LINK_HREF, MAX_RICH_TEXT, MAX_RICH_TITLE, MAX_RICH_TOKENS, RICH_CLASSES, RICH_TAGS, type RichToken } from './richText';

const titleSchema = z.string().check(z.maxLength(MAX_RICH_TITLE));

const richTokenSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('open'),
    tag: z.enum(RICH_TAGS),
    className: z.optional(z.enum(RICH_CLASSES)),
    title: z.optional(titleSchema),
    /** The first number of an ordered list. */
    start: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000))),
  }),
  /** Opens a link, closed by a `close`. The page posts `openLink` with this address; it never navigates. */
  z.strictObject({
    type: z.literal('link'),
    href: z.string().check(z.minLength(1), z.maxLength(MAX_LINK_HREF)),
    title: z.optional(titleSchema),
    /** A link standing in for an image, which the panel never loads. */
    image: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('text'), text: z.string().check(z.maxLength(MAX_RICH_TEXT)) }),
]);

export const richTextSchema = z.array(richTokenSchema).check(z.maxLength(MAX_RICH_TOKENS));

// The schema and the hand-written type say the same: this fails to compile when they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof richTokenSchema>, RichToken> = true;
void schemaMatchesType;
