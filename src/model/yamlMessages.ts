// YAML syntax errors in words a person understands, without the parser's API names.
import type { YAMLError } from 'yaml';

const PLAIN_BY_CODE: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a line "---" or "..." starts another); a roadmap file is a single document',
  BLOCK_AS_IMPLICIT_KEY:
    'a line holds a second "key:" after a key (as in "a: b: c"); put the inner mapping on its own indented line, or quote the value',
  DUPLICATE_KEY: 'a key appears twice in the same mapping; keys must be unique',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces only',
};

/** True for the parser's own stack overflow, which a flat but malformed file can cause too. */
export function isStackOverflow(yamlError: YAMLError): boolean {
  return /call stack/i.test(yamlError.message);
}

export function yamlSyntaxMessage(yamlError: YAMLError): string {
  const plain = PLAIN_BY_CODE[yamlError.code];
  if (plain) return `YAML syntax error: ${plain}`;
  const sentence = yamlError.message
    .replace(/\s+at line \d+, column \d+.*$/s, '')
    .replace(/;?\s*please use YAML\.\w+\(\)/i, '')
    .trim();
  return `YAML syntax error: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
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
