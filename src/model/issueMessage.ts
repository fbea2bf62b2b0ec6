// What a schema issue says. The schemas' own messages are translated sentences; where a schema gives
// none, zod/mini (which ships without its locales) says only "Invalid input": that is put in words here,
// from the issue's code, in the display language.
import * as l10n from '@vscode/l10n';
import type * as z from 'zod/mini';

/** zod/mini's message for an issue its schema gave no message for. */
const ZOD_DEFAULT_MESSAGE = 'Invalid input';

export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message !== ZOD_DEFAULT_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(issue.expected);
    case 'unrecognized_keys':
      return l10n.t('unknown key {0}', issue.keys.map((key) => `"${key}"`).join(', '));
    case 'invalid_value':
      return l10n.t('this value is not one of those allowed');
    case 'too_big':
      return l10n.t('this value is too long or too large');
    case 'too_small':
      return l10n.t('this value is too short or too small');
    case 'invalid_format':
      return l10n.t('this value is not in the expected form');
    default:
      return l10n.t('this value is not valid');
  }
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'string':
      return l10n.t('expected text');
    case 'number':
    case 'int':
      return l10n.t('expected a number');
    case 'boolean':
      return l10n.t('expected true or false');
    case 'array':
      return l10n.t('expected a list');
    case 'object':
    case 'record':
      return l10n.t('expected an object');
    default:
      return l10n.t('this value has the wrong type');
  }
}
