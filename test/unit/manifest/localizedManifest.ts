// package.json as VS Code shows it: every "%key%" string replaced from package.nls.json (English), or
// from package.nls.<locale>.json when a locale is given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '../../..');
const NLS_PLACEHOLDER = /^%([\w.-]+)%$/;

export function readNls(locale?: string): Record<string, string> {
  const file = locale === undefined ? 'package.nls.json' : `package.nls.${locale}.json`;
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, string>;
}

export function readRawManifest(): unknown {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

/** Every "%key%" of the manifest, in order of appearance. */
export function nlsKeysUsed(value: unknown): string[] {
  if (typeof value === 'string') {
    const key = NLS_PLACEHOLDER.exec(value)?.[1];
    return key === undefined ? [] : [key];
  }
  if (Array.isArray(value)) return value.flatMap(nlsKeysUsed);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(nlsKeysUsed);
  return [];
}

function localize(value: unknown, nls: Record<string, string>): unknown {
  if (typeof value === 'string') {
    const key = NLS_PLACEHOLDER.exec(value)?.[1];
    if (key === undefined) return value;
    const text = nls[key];
    if (text === undefined) throw new Error(`package.json uses %${key}% but the NLS file has no such key`);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => localize(item, nls));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, nls)]));
  }
  return value;
}

export function readLocalizedManifest(locale?: string): unknown {
  return localize(readRawManifest(), readNls(locale));
}
