// The words of the webview pages' own chrome (headings, buttons, hints), sent by the extension in the
// display language: the page scripts hold no English of their own. Each page has a fixed set of keys, so
// a message missing one fails validation. `{0}`, `{1}`… mark where the page puts a value (fillText).
import * as z from 'zod/mini';
import { fillText } from '../model/fillText';
import { MAP_SCENE_TEXT_KEYS } from '../model/mapWords';

export { fillText };

const textSchema = z.string().check(z.maxLength(1000));
/** A BCP 47 tag: the display language for the chrome, or a roadmap's own language for its content. */
export const languageTagSchema = z.string().check(z.minLength(2), z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/));

export const TOPIC_PAGE_TEXT_KEYS = [
  'showInRoadmaps',
  'topicPath',
  'status',
  'statusTodo',
  'statusInProgress',
  'statusDone',
  'statusSkipped',
  /** {0}: the new status. */
  'statusAnnouncement',
  /** {0}: the note's file. */
  'noteFrom',
  'noNotes',
  'aboutTopic',
  'referenceLinks',
  /** {0}: the practice file. */
  'openPracticeFile',
  'noPracticeFiles',
  /** {0}: the practice folder, a link. */
  'practiceFolder',
  /** {0}: the practice folder, a link. */
  'practiceFolderMissing',
  /** {0}: the practice folder, a link. */
  'practiceFolderEmpty',
  /** {0}: the practice folder. */
  'createAndShowFolder',
  /** {0}: the practice folder. */
  'showFolder',
  'sameSubjectHeading',
  /** {0}: the other roadmap, {1}: its topic. */
  'sameSubjectTopic',
  /** {0}: the topic, {1}: the other roadmap. */
  'openSameSubject',
  /** {0}: the status there. */
  'sameSubjectStatus',
  'newPracticeFile',
  'practiceFiles',
  'noPersonalNotes',
  'openNotes',
  'createNotes',
  'myNotes',
  'restricted',
  'manageTrust',
  'showMap',
  'topicNotFound',
  /** {0}: the character's code, U+200B. */
  'invisibleCharacter',
  'checkHeading',
  'checkRunsInWorkspace',
  /** {0}: the folder. */
  'checkRunsIn',
  /** {0}: where the check comes from. */
  'checkRunsInWorkspaceFrom',
  /** {0}: the folder, {1}: where the check comes from. */
  'checkRunsInFrom',
  'checkNone',
  'checkRunning',
  /** {0}: when it ran. */
  'checkPassed',
  'checkFailed',
  'checkTimedOut',
  'checkError',
  /** {0}: when. */
  'checkVerified',
  'runCheck',
  'changeCheck',
  'setCheck',
] as const;

export type TopicPageTextKey = (typeof TOPIC_PAGE_TEXT_KEYS)[number];
export type TopicPageText = Readonly<Record<TopicPageTextKey, string>>;

/** The page's chrome in the display language (`locale`, for dates and numbers too). */
export const topicPageTextMessageSchema = z.strictObject({
  type: z.literal('text'),
  locale: languageTagSchema,
  text: z.record(z.enum(TOPIC_PAGE_TEXT_KEYS), textSchema),
});

export const MAP_PAGE_TEXT_KEYS = [
  /** {0}: topics done, {1}: topics that count, {2}: the percentage. */
  'summary',
  'roleDescription',
  /** {0}: the roadmap's title. */
  'documentTitle',
  'roadmapNotFound',
  'noCanvas',
  'noPng',
  /** The drawing's names and tooltips (src/model/mapWords.ts). */
  ...MAP_SCENE_TEXT_KEYS,
] as const;

export type MapPageText = Readonly<Record<(typeof MAP_PAGE_TEXT_KEYS)[number], string>>;

export const mapPageTextMessageSchema = z.strictObject({
  type: z.literal('text'),
  locale: languageTagSchema,
  text: z.record(z.enum(MAP_PAGE_TEXT_KEYS), textSchema),
});

export const PROGRESS_PAGE_TEXT_KEYS = [
  'activeDays',
  'roadmaps',
  'noProgress',
  'showMap',
  /** {0}: topics done, {1}: topics that count, {2}: the percentage. */
  'roadmapNumbers',
  /** {0}: the roadmap, {1}: the percentage. */
  'roadmapBar',
  'settings',
  /** {0}: the day. */
  'dayNoActivity',
  /** {0}: the number of topics, {1}: the day. */
  'dayTopic',
  'dayTopics',
  /** {0}: the streak sentence. */
  'heatmapLabel',
] as const;

export type ProgressPageText = Readonly<Record<(typeof PROGRESS_PAGE_TEXT_KEYS)[number], string>>;

export const progressPageTextMessageSchema = z.strictObject({
  type: z.literal('text'),
  locale: languageTagSchema,
  text: z.record(z.enum(PROGRESS_PAGE_TEXT_KEYS), textSchema),
});
