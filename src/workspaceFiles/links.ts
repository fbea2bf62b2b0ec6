// What a link in a note may point at: an http(s) or mailto address, or a path inside the workspace.
// Pure string checks (no vscode, no I/O); symbolic links are checked later, in safePaths.ts.
import * as l10n from '@vscode/l10n';

export type LinkTarget =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'workspace'; readonly path: string; readonly segments: readonly string[] }
  | { readonly kind: 'refused'; readonly reason: string };

export type PathCheck =
  { readonly ok: true; readonly path: string; readonly segments: readonly string[] } | { readonly ok: false; readonly reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any control character is refused.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_LINK_LENGTH = 2048;

export function classifyLink(raw: string): LinkTarget {
  const href = raw.trim();
  if (href.length === 0) return refused(l10n.t('the link is empty'));
  if (href.length > MAX_LINK_LENGTH) return refused(l10n.t('the link is too long'));
  if (CONTROL_CHARACTERS.test(href)) return refused(l10n.t('the link contains control characters'));

  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return webAddress(href);
  if (scheme === 'mailto') return mailAddress(href);
  if (scheme !== undefined) return refused(l10n.t('"{0}:" links are not opened; only http(s), mailto and workspace paths are', scheme));
  if (href.startsWith('//') || href.startsWith('\\\\')) return refused(l10n.t('addresses without a scheme ("//host") are not opened'));
  if (href.startsWith('#')) return refused(l10n.t('links to a place in the same note are not supported'));

  const check = checkWorkspacePath(href, { percentEncoded: true });
  return check.ok ? { kind: 'workspace', path: check.path, segments: check.segments } : refused(check.reason);
}

function webAddress(href: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return refused(l10n.t('the address is not a valid URL'));
  }
  if (url.hostname.length === 0) return refused(l10n.t('the address has no host'));
  // "https://bank.example@evil.example" reads like one host and goes to another.
  if (url.username || url.password) return refused(l10n.t('addresses with a user name or password are not opened'));
  return { kind: 'external', url: url.href };
}

/**
 * Header fields a mailto link may fill in (RFC 6068). Anything else is refused: some mail programs read
 * "attach", "attachment" or similar to attach a local file, which a note must never be able to do.
 */
const MAIL_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

function mailAddress(href: string): LinkTarget {
  const address = href.slice('mailto:'.length);
  if (address.length === 0 || address.startsWith('/')) return refused(l10n.t('the mail address is empty'));
  const query = address.indexOf('?');
  if (query >= 0) {
    for (const field of address.slice(query + 1).split('&')) {
      const name = decodedFieldName(field);
      if (name === undefined) return refused(l10n.t('the mail link is not correctly encoded'));
      if (name !== '' && !MAIL_FIELDS.has(name))
        return refused(l10n.t('mail links may fill in only {0}, not "{1}"', [...MAIL_FIELDS].join(', '), name.slice(0, 40)));
    }
  }
  return { kind: 'external', url: `mailto:${address}` };
}

/** "%61ttach=x" is "attach"; undefined when the name is not correctly percent-encoded. */
function decodedFieldName(field: string): string | undefined {
  const equals = field.indexOf('=');
  try {
    return decodeURIComponent(equals >= 0 ? field.slice(0, equals) : field)
      .trim()
      .toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * A path relative to a workspace folder that cannot leave it by its spelling: no "..", no absolute or
 * drive paths, no backslashes or colons, no home folder. `percentEncoded` paths (from Markdown) are
 * decoded first, so "%2e%2e" is "..". A "?query" or "#fragment" on a percent-encoded link is dropped.
 */
export function checkWorkspacePath(raw: string, { percentEncoded }: { percentEncoded: boolean }): PathCheck {
  let text = raw.trim();
  if (percentEncoded) {
    const cut = text.search(/[?#]/);
    if (cut >= 0) text = text.slice(0, cut);
    try {
      text = decodeURIComponent(text);
    } catch {
      return { ok: false, reason: l10n.t('the path is not correctly encoded') };
    }
  }
  if (text.length === 0) return { ok: false, reason: l10n.t('the path is empty') };
  if (CONTROL_CHARACTERS.test(text)) return { ok: false, reason: l10n.t('the path contains control characters') };
  if (text.includes('\\')) return { ok: false, reason: l10n.t('the path contains a backslash; use forward slashes') };
  if (text.startsWith('/'))
    return { ok: false, reason: l10n.t('absolute paths are not opened; use a path relative to the workspace folder') };
  if (text.includes(':')) return { ok: false, reason: l10n.t('the path contains a colon (a drive letter or a scheme)') };
  if (text.startsWith('~')) return { ok: false, reason: l10n.t('paths in the home folder are not opened') };
  const segments = text.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { ok: false, reason: l10n.t('the path leaves the workspace folder with ".."') };
  if (segments.length === 0) return { ok: false, reason: l10n.t('the path names no file') };
  return { ok: true, path: segments.join('/'), segments };
}

function refused(reason: string): LinkTarget {
  return { kind: 'refused', reason };
}
