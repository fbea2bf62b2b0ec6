// The one message protocol between the topic panel's webview and the extension, used by both sides.
// Every message is checked against these schemas on arrival; one that does not validate is dropped
// and logged, never acted on. No vscode and no DOM here: the webview bundle imports this file too.
// zod/mini keeps that bundle small (about 20 KB of zod instead of 450 KB with every locale).
import * as z from 'zod/mini';
import { ID_PATTERN, MAX_ID_LENGTH } from '../model/ids';
import { STATUSES } from '../model/status';
import { richTextSchema } from './richTextSchema';
import { checkExtensionMessages, checkWebviewMessages } from './checkMessages';
import { languageTagSchema, topicPageTextMessageSchema } from './pageText';

const idSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN));
const statusSchema = z.enum(STATUSES);
const textSchema = z.string().check(z.maxLength(2000));
const fileIdSchema = z.string().check(z.maxLength(20), z.regex(/^\d+$/));
const topicRef = { roadmapId: idSchema, topicId: idSchema };

// Webview → extension ----------------------------------------------------------------------------------

export const webviewMessageSchema = z.discriminatedUnion('type', [
  /** The page has loaded and listens; the extension answers with `state`. */
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('setStatus'), ...topicRef, status: statusSchema }),
  /** A breadcrumb: the roadmap itself without a node id. */
  z.strictObject({ type: z.literal('revealInTree'), roadmapId: idSchema, nodeId: z.optional(idSchema) }),
  /** A link in a note or the reference list; the extension classifies the address again. */
  z.strictObject({ type: z.literal('openLink'), href: z.string().check(z.minLength(1), z.maxLength(2048)) }),
  /** One of the practice files the extension listed in the last `state`, by its id there. */
  z.strictObject({ type: z.literal('openPracticeFile'), ...topicRef, fileId: fileIdSchema }),
  z.strictObject({ type: z.literal('openNotes'), ...topicRef }),
  z.strictObject({ type: z.literal('newPracticeFile'), ...topicRef }),
  /** The practice folder's name: reveals it in the Explorer, creating it first when it is missing. */
  z.strictObject({ type: z.literal('openPracticeFolder'), ...topicRef }),
  /** One of the same-subject topics the extension listed in the last `state` (`elsewhere`). */
  z.strictObject({ type: z.literal('openSameSubject'), roadmapId: idSchema, topicId: idSchema }),
  z.strictObject({ type: z.literal('manageWorkspaceTrust') }),
  /** The "Show Map" button: the map of the topic's roadmap. */
  z.strictObject({ type: z.literal('showMap'), roadmapId: idSchema }),
  /** The webview received a message that did not validate; the extension logs it. */
  z.strictObject({ type: z.literal('invalidMessage'), reason: textSchema }),
  ...checkWebviewMessages,
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

// Extension → webview ----------------------------------------------------------------------------------

export const breadcrumbSchema = z.strictObject({
  /** Absent for the roadmap itself. */
  nodeId: z.optional(idSchema),
  title: textSchema,
});

export const noteBlockSchema = z.strictObject({
  /** Where the note comes from, e.g. "notes/http.md"; absent for the topic's inline notes. */
  source: z.optional(textSchema),
  content: richTextSchema,
});

export const practiceFileSchema = z.strictObject({
  id: fileIdSchema,
  /** Path relative to the workspace folder. */
  label: textSchema,
});

/** The same subject in another roadmap, and its status there. */
export const sameSubjectTopicSchema = z.strictObject({
  roadmapId: idSchema,
  roadmapTitle: textSchema,
  topicId: idSchema,
  topicTitle: textSchema,
  status: statusSchema,
});

export const topicStateSchema = z.strictObject({
  roadmapId: idSchema,
  topicId: idSchema,
  title: textSchema,
  summary: z.optional(textSchema),
  /** The language the roadmap's content is written in (its `lang`); the page's `<html lang>`. English if absent. */
  lang: z.optional(languageTagSchema),
  /** The roadmap, then every ancestor, then the topic itself (last, not clickable). */
  breadcrumbs: z.array(breadcrumbSchema).check(z.maxLength(100)),
  status: statusSchema,
  /** Restricted Mode: workspace Markdown arrives as plain text. */
  restricted: z.boolean(),
  notes: z.array(noteBlockSchema).check(z.maxLength(10)),
  links: z
    .array(z.strictObject({ title: textSchema, url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//)) }))
    .check(z.maxLength(500)),
  practice: z.strictObject({
    /** Where "New Practice File" puts files, relative to the workspace folder. */
    folder: z.optional(textSchema),
    /** Whether that folder exists yet; the page offers to create it, and a first file when it is empty. */
    folderExists: z.optional(z.boolean()),
    files: z.array(practiceFileSchema).check(z.maxLength(500)),
    /** Why there is no practice folder, e.g. no folder is open. */
    problem: z.optional(textSchema),
  }),
  /** The other roadmaps where the topic's subject appears (bundled subjects, or a roadmap's `subject`). */
  elsewhere: z.array(sameSubjectTopicSchema).check(z.maxLength(50)),
  personalNotes: z.strictObject({
    path: z.optional(textSchema),
    exists: z.boolean(),
    content: z.optional(richTextSchema),
    problem: z.optional(textSchema),
  }),
});

export type TopicState = z.infer<typeof topicStateSchema>;

export const extensionMessageSchema = z.discriminatedUnion('type', [
  /** Sent first, on `ready`: the page's own words in the display language. */
  topicPageTextMessageSchema,
  z.strictObject({ type: z.literal('state'), state: topicStateSchema }),
  /** The topic's status changed (from the tree, a key or this panel). */
  z.strictObject({ type: z.literal('status'), ...topicRef, status: statusSchema }),
  /** The topic is no longer in any loaded roadmap. */
  z.strictObject({ type: z.literal('missing'), ...topicRef, message: textSchema }),
  ...checkExtensionMessages,
]);

export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;

/** What the webview keeps with `setState`, so the panel can be restored after a reload. */
export const persistedStateSchema = z.strictObject(topicRef);
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** A short, log-friendly reason why a message did not validate. */
export function describeInvalid(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'message'}: ${issue.code}`)
    .join('; ')
    .slice(0, 500);
}
