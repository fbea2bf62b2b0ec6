// A short fingerprint of a text's content, to tell whether a file changed without keeping its text.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
