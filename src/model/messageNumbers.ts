// Numbers inside the model's messages (problems of a file, the importer's limits), written the way the
// display language writes them: "100,001" in English, "100.001" in Turkish. Set with the l10n bundle
// wherever the model's messages are made (the roadmap worker); English until then.

const ENGLISH = new Intl.NumberFormat('en-US');
let numbers = ENGLISH;

/** A BCP 47 tag such as `tr`; one `Intl` does not accept leaves English. */
export function setMessageLanguage(tag: string): void {
  try {
    numbers = new Intl.NumberFormat(tag);
  } catch {
    numbers = ENGLISH;
  }
}

export function formatMessageNumber(value: number): string {
  return numbers.format(value);
}
