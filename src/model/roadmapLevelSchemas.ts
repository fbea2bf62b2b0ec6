// The roadmap schema validated one level of the tree at a time, with zod's compiled parsers. zod/mini
// interprets a schema call by call, and zod's compiler refuses the recursive node schema (children are
// nodes); each level alone is not recursive, so it compiles to a parser several times faster. The
// levels are derived from schema.ts at run time (every key, check and message kept, only the
// recursive array's elements left unread), so the format is still defined in one place.
import * as z from 'zod/mini';
import { nodeSchema, roadmapSchema, type NodeInput, type RoadmapInput } from './schema';

/** A node with its children not read yet: they are the next level. */
export type NodeLevel = Omit<NodeInput, 'children'> & { children?: unknown[] };
/** The roadmap object with its nodes not read yet. */
export type RoadmapLevel = Omit<RoadmapInput, 'nodes'> & { nodes: unknown[] };

export interface LevelSchemas {
  readonly roadmap: z.ZodMiniType<RoadmapLevel>;
  readonly node: z.ZodMiniType<NodeLevel>;
}

let compiled: LevelSchemas | undefined;

/**
 * The two level schemas, compiled on first use (compiling costs a few milliseconds, and the bundled
 * roadmaps never need it). Where `new Function` is not allowed, zod hands back the schemas uncompiled,
 * and they still validate exactly the same, only slower.
 */
export function levelSchemas(): LevelSchemas {
  compiled ??= {
    roadmap: z.compile(oneLevel(roadmapSchema, 'nodes')) as z.ZodMiniType<RoadmapLevel>,
    node: z.compile(oneLevel(nodeSchema, 'children')) as z.ZodMiniType<NodeLevel>,
  };
  return compiled;
}

/** `schema` (an object) with the elements of the array under `key` accepted as they are. */
function oneLevel(schema: z.core.$ZodType, key: string): z.core.$ZodType {
  if (!(schema instanceof z.ZodMiniObject)) throw new Error('a roadmap level must be an object schema');
  const def = schema._zod.def;
  const nested = def.shape[key];
  if (!nested) throw new Error(`the roadmap schema has no "${key}"`);
  return z.clone(schema, { ...def, shape: { ...def.shape, [key]: withElementsUnread(nested) } });
}

/** An array schema, possibly optional, with its element schema replaced by unknown; its own checks stay. */
function withElementsUnread(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodMiniOptional) {
    const def = schema._zod.def;
    return z.clone(schema, { ...def, innerType: withElementsUnread(def.innerType) });
  }
  if (schema instanceof z.ZodMiniArray) return z.clone(schema, { ...schema._zod.def, element: z.unknown() });
  throw new Error('a roadmap level nests through an array schema');
}
