// The id of a roadmap or a node as a zod/mini schema: the roadmap schema and the workspace checks file
// share it, and zod/mini keeps full zod out of the bundle loaded at activation.
import * as z from 'zod/mini';
import * as l10n from '@vscode/l10n';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids';

export const nodeIdSchema = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH, { error: () => l10n.t('an id is at most {0} characters', MAX_ID_LENGTH) }),
    z.regex(ID_PATTERN, { error: () => l10n.t('an id uses lower-case letters, digits and single dashes (for example "http-caching")') }),
  );
