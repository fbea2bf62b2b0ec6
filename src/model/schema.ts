// The one definition of the roadmap file format. Everything else (types, the JSON Schema for editors,
// the loader's messages) derives from these zod schemas.
// Namespace import: lets esbuild drop the parts of zod (its locales) that are never used.
import * as z from 'zod';

import { checkSchema, type CheckInput } from './checkSchema';
import { nodeIdSchema } from './idSchema';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export { ID_PATTERN, MAX_ID_LENGTH, nodeIdSchema };

const titleSchema = z
  .string({ message: 'a title is required' })
  .trim()
  .min(1, { message: 'the title is empty' })
  .max(200, { message: 'a title is at most 200 characters' });

export const httpUrlSchema = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'a link URL must be an absolute http(s) address, such as https://example.com/page' },
);

export const linkSchema = z.strictObject({
  title: titleSchema,
  url: httpUrlSchema,
});

/** A workspace glob such as `practice/http/**`; relative, forward slashes, never leaving the workspace. */
export const practiceGlobSchema = z
  .string()
  .min(1, { message: 'a practice glob is empty' })
  .refine((glob) => !glob.startsWith('/') && !/^[a-zA-Z]:/.test(glob), {
    message: 'a practice glob is relative to the workspace folder, not an absolute path',
  })
  .refine((glob) => !glob.split(/[\\/]/).includes('..'), {
    message: 'a practice glob may not leave the workspace with ".."',
  });

/** Path of a Markdown note file relative to the roadmap file, e.g. `notes/http-caching.md`. */
export const noteFileSchema = z
  .string()
  .regex(/^[A-Za-z0-9._/-]+\.md$/, { message: 'a note file is a relative path ending in .md' })
  .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
    message: 'a note file must stay inside the roadmap\'s folder (no "/" at the start, no "..")',
  });

const nodeFields = {
  id: nodeIdSchema,
  title: titleSchema,
  summary: z.string().max(2000).optional(),
  /** Markdown shown in the topic panel. */
  notes: z.string().max(100_000).optional(),
  /** A shared Markdown note, relative to the roadmap file. */
  noteFile: noteFileSchema.optional(),
  links: z.array(linkSchema).optional(),
  practice: z.array(practiceGlobSchema).optional(),
  /** Ids this node had before; progress saved under them follows the node. */
  formerIds: z.array(nodeIdSchema).optional(),
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

export const nodeSchema: z.ZodType<NodeInput> = z
  .strictObject({
    ...nodeFields,
    kind: z.enum(['group', 'topic'], { message: 'kind is "group" or "topic"' }).optional(),
    get children() {
      return z.array(nodeSchema).optional();
    },
  })
  .superRefine((node, context) => {
    if (node.kind === 'group') return;
    node.children?.forEach((child, index) => {
      if (child.kind === 'group') {
        context.addIssue({
          code: 'custom',
          path: ['children', index, 'kind'],
          message: `a topic cannot contain a group ("${child.title}"); make "${node.title}" a group or "${child.title}" a topic`,
        });
      }
    });
  });

export const roadmapSchema = z.strictObject({
  id: nodeIdSchema,
  title: titleSchema,
  description: z.string().max(5000).optional(),
  /** Where the roadmap comes from: a URL, a book, a person. */
  source: z.string().max(500).optional(),
  nodes: z.array(nodeSchema).min(1, { message: 'a roadmap needs at least one node under `nodes`' }),
});

export type RoadmapInput = z.infer<typeof roadmapSchema>;

/** The keys each kind of object may have, for "did you mean" suggestions on unknown keys. */
export const KNOWN_KEYS = {
  roadmap: ['id', 'title', 'description', 'source', 'nodes'],
  node: ['id', 'title', 'kind', 'summary', 'notes', 'noteFile', 'links', 'practice', 'formerIds', 'subject', 'check', 'children'],
  link: ['title', 'url'],
} as const;
