// Puts values into a translated text's `{0}`, `{1}`… placeholders: pages and pure modules that get their
// words as templates fill them here.

/** Puts values into a text's `{0}`, `{1}`…, literally (a value's own braces or `$` stay as they are). */
export function fillText(template: string, ...values: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole);
}
