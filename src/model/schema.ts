// The one definition of the roadmap file format. Everything else (types, the JSON Schema for editors,
// the loader's messages) derives from these zod schemas.
// zod/mini: the roadmap worker's bundle then carries no second, full copy of zod.
import * as z from 'zod/mini';
import * as l10n from '@vscode/l10n';

import { checkSchema, type CheckInput } from './checkSchema';
import { nodeIdSchema } from './idSchema';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export { ID_PATTERN, MAX_ID_LENGTH, nodeIdSchema };

const titleSchema = z
  .string({ error: () => l10n.t('a title is required') })
  .check(
    z.trim(),
    z.minLength(1, { error: () => l10n.t('the title is empty') }),
    z.maxLength(200, { error: () => l10n.t('a title is at most 200 characters') }),
  );

export const httpUrlSchema = z.string().check(
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: () => l10n.t('a link URL must be an absolute http(s) address, such as https://example.com/page') },
  ),
);

export const linkSchema = z.strictObject({
  title: titleSchema,
  url: httpUrlSchema,
});

/** A workspace glob such as `practice/http/**`; relative, forward slashes, never leaving the workspace. */
export const practiceGlobSchema = z.string().check(
  z.minLength(1, { error: () => l10n.t('a practice glob is empty') }),
  z.refine((glob) => !glob.startsWith('/') && !/^[a-zA-Z]:/.test(glob), {
    error: () => l10n.t('a practice glob is relative to the workspace folder, not an absolute path'),
  }),
  z.refine((glob) => !glob.split(/[\\/]/).includes('..'), { error: () => l10n.t('a practice glob may not leave the workspace with ".."') }),
);

/** Path of a Markdown note file relative to the roadmap file, e.g. `notes/http-caching.md`. */
export const noteFileSchema = z.string().check(
  z.regex(/^[A-Za-z0-9._/-]+\.md$/, { error: () => l10n.t('a note file is a relative path ending in .md') }),
  z.refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
    error: () => l10n.t('a note file must stay inside the roadmap\'s folder (no "/" at the start, no "..")'),
  }),
);

const nodeFields = {
  id: nodeIdSchema,
  title: titleSchema,
  summary: z.optional(z.string().check(z.maxLength(2000))),
  /** Markdown shown in the topic panel. */
  notes: z.optional(z.string().check(z.maxLength(100_000))),
  /** A shared Markdown note, relative to the roadmap file. */
  noteFile: z.optional(noteFileSchema),
  links: z.optional(z.array(linkSchema)),
  practice: z.optional(z.array(practiceGlobSchema)),
  /** Ids this node had before; progress saved under them follows the node. */
  formerIds: z.optional(z.array(nodeIdSchema)),
  /** The subject the topic teaches, shared with topics of other roadmaps (e.g. `caching-fundamentals`). */
  subject: z.optional(nodeIdSchema),
  /** A command whose passing shows the topic is learned (see checkSchema.ts). */
  check: z.optional(checkSchema),
};

export interface NodeInput {
  id: string;
  title: string;
  /** `group` is a heading with no status; `topic` (the default) has a status and may hold topics. */
  kind?: 'group' | 'topic';
  summary?: string;
  notes?: string;
  noteFile?: string;
  links?: { title: string; url: string }[];
  practice?: string[];
  formerIds?: string[];
  subject?: string;
  check?: CheckInput;
  children?: NodeInput[];
}

export const nodeSchema: z.ZodMiniType<NodeInput> = z
  .strictObject({
    ...nodeFields,
    kind: z.optional(z.enum(['group', 'topic'], { error: () => l10n.t('kind is "group" or "topic"') })),
    get children() {
      // Lazy: zod/mini's check() below reads this shape before nodeSchema is assigned.
      return z.optional(z.array(z.lazy(() => nodeSchema)));
    },
  })
  .check(
    z.superRefine((node, context) => {
      if (node.kind === 'group') return;
      node.children?.forEach((child, index) => {
        // The fast reader validates a level at a time (roadmapLevelSchemas.ts), so there the children are
        // not validated yet: a title that is not text (null reads to @vscode/l10n as named arguments, and
        // throws) is left to the child's own level, which refuses it.
        if (child.kind === 'group' && typeof child.title === 'string') {
          context.addIssue({
            code: 'custom',
            path: ['children', index, 'kind'],
            message: l10n.t('a topic cannot contain a group ("{0}"); make "{1}" a group or "{0}" a topic', child.title, node.title),
          });
        }
      });
    }),
  );

/** Whether `Intl` accepts the tag as a well-formed BCP 47 language tag. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const roadmapSchema = z.strictObject({
  id: nodeIdSchema,
  title: titleSchema,
  description: z.optional(z.string().check(z.maxLength(5000))),
  /** Where the roadmap comes from: a URL, a book, a person. */
  source: z.optional(z.string().check(z.maxLength(500))),
  /** The language its titles and notes are written in (BCP 47); the pages showing them say so. */
  lang: z.optional(
    z
      .string()
      .check(
        z.maxLength(35),
        z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: () => l10n.t('lang is a BCP 47 language tag, such as en, tr or pt-BR') }),
        z.refine(isLanguageTag, { error: () => l10n.t('lang is a BCP 47 language tag, such as en, tr or pt-BR') }),
      ),
  ),
  nodes: z.array(nodeSchema).check(z.minLength(1, { error: () => l10n.t('a roadmap needs at least one node under `nodes`') })),
});

export type RoadmapInput = z.infer<typeof roadmapSchema>;

/** The keys each kind of object may have, for "did you mean" suggestions on unknown keys. */
export const KNOWN_KEYS = {
  roadmap: ['id', 'title', 'description', 'source', 'lang', 'nodes'],
  node: ['id', 'title', 'kind', 'summary', 'notes', 'noteFile', 'links', 'practice', 'formerIds', 'subject', 'check', 'children'],
  link: ['title', 'url'],
} as const;
