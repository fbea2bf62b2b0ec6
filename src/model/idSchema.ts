// The id of a roadmap or a node as a zod/mini schema: the roadmap schema and the workspace checks file
// share it, and zod/mini keeps full zod out of the bundle loaded at activation.
import * as z from 'zod/mini';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export const nodeIdSchema = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH, `an id is at most ${MAX_ID_LENGTH} characters`),
    z.regex(ID_PATTERN, 'an id uses lower-case letters, digits and single dashes (for example "http-caching")'),
  );
