// A fresh nonce for a webview's Content Security Policy, from Web Crypto (every extension host has it:
// Node 20's global crypto and the web worker's).

/** 18 random bytes in base 64: 24 characters, no padding. */
export function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}
