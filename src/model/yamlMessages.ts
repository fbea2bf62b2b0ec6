// YAML syntax errors in words a person understands, without the parser's API names. Translated through
// @vscode/l10n; a message the parser words itself (no plain one below) stays in the parser's English.
import * as l10n from '@vscode/l10n';
import type { YAMLError } from 'yaml';

/** The whole message for the parser's codes that have a plain one; translated when asked for. */
function plainMessage(code: string): string | undefined {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return l10n.t(
        'YAML syntax error: the file holds more than one YAML document (a line "---" or "..." starts another); a roadmap file is a single document',
      );
    case 'BLOCK_AS_IMPLICIT_KEY':
      return l10n.t(
        'YAML syntax error: a line holds a second "key:" after a key (as in "a: b: c"); put the inner mapping on its own indented line, or quote the value',
      );
    case 'DUPLICATE_KEY':
      return l10n.t('YAML syntax error: a key appears twice in the same mapping; keys must be unique');
    case 'TAB_AS_INDENT':
      return l10n.t('YAML syntax error: a tab is used for indentation; YAML indents with spaces only');
    default:
      return undefined;
  }
}

/** True for the parser's own stack overflow, which a flat but malformed file can cause too. */
export function isStackOverflow(yamlError: YAMLError): boolean {
  return /call stack/i.test(yamlError.message);
}

export function yamlSyntaxMessage(yamlError: YAMLError): string {
  const plain = plainMessage(yamlError.code);
  if (plain) return plain;
  const sentence = yamlError.message
    .replace(/\s+at line \d+, column \d+.*$/s, '')
    .replace(/;?\s*please use YAML\.\w+\(\)/i, '')
    .trim();
  return l10n.t('YAML syntax error: {0}', `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`);
}

/** The last quote before `end` that is not escaped: the one that opened the unclosed string. */
export function openingQuoteBefore(text: string, end: number, quote: string): number {
  for (let index = Math.min(end, text.length) - 1; index >= 0; index--) {
    if (text[index] !== quote) continue;
    const escaped = quote === '"' ? text[index - 1] === '\\' : text[index - 1] === "'" || text[index + 1] === "'";
    if (!escaped) return index;
    if (quote === "'") index--; // skip the other half of ''
  }
  return 0;
}
