// Stable ids for imported nodes.
//
// The rule (deterministic: the same text always gives the same ids):
//  1. A node's id is the kebab-case slug of its title: accents dropped, "C++" → "c-plus-plus",
//     "C#" → "c-sharp", any other run of non-alphanumerics → "-", at most 60 characters (cut at a
//     dash). A title with no Latin letters or digits gets "n-" + a short hash of the title.
//  2. Ids are unique within the roadmap. Nodes are visited in document order (parents before
//     children); a node whose slug is taken gets "<parent id>-<slug>" (cut to 80 characters); if
//     that is taken too, or it has no parent, "<slug>-2", "<slug>-3", … — the first that is free.

import { MAX_ID_LENGTH } from '../ids';

const MAX_SLUG_LENGTH = 60;

const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Cuts an id to `limit` characters at a dash where possible, never leaving a dash at either end. */
function cut(id: string, limit: number): string {
  if (id.length <= limit) return id;
  const slice = id.slice(0, limit);
  const dash = slice.lastIndexOf('-');
  return (dash > limit / 2 ? slice.slice(0, dash) : slice).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, in base 36: a short stable tag for titles that have no Latin characters. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function slugify(title: string): string {
  const spelled = title
    .replace(/([A-Za-z0-9])\+\+/g, '$1 plus plus ')
    .replace(/([A-Za-z])#(?![A-Za-z0-9])/g, '$1 sharp ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
  const slug = cut(spelled.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''), MAX_SLUG_LENGTH);
  return slug.length > 0 ? slug : `n-${shortHash(title)}`;
}

/** Hands out unique ids following the rule above. */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** Next numeric suffix to try per slug, so that many equal titles stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  allocate(title: string, parentId: string | undefined): string {
    const slug = slugify(title);
    if (this.claim(slug)) return slug;
    if (parentId !== undefined) {
      const prefixed = cut(`${parentId}-${slug}`, MAX_ID_LENGTH);
      if (this.claim(prefixed)) return prefixed;
    }
    for (let suffix = this.nextSuffix.get(slug) ?? 2; ; suffix++) {
      const candidate = `${cut(slug, MAX_ID_LENGTH - String(suffix).length - 1)}-${suffix}`;
      if (this.claim(candidate)) {
        this.nextSuffix.set(slug, suffix + 1);
        return candidate;
      }
    }
  }

  private claim(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }
}
