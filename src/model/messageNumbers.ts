// Numbers inside the model's messages (problems of a file, the importer's limits), written the way the
// display language writes them: "100,001" in English, "100.001" in Turkish. Set with the l10n bundle
// wherever the model's messages are made (the roadmap worker); English until then.

const ENGLISH = 'en-US';
let language = ENGLISH;
let numbers = new Intl.NumberFormat(ENGLISH);
let oneDecimal = new Intl.NumberFormat(ENGLISH, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A BCP 47 tag such as `tr`; one `Intl` does not accept leaves English. */
export function setMessageLanguage(tag: string): void {
  try {
    numbers = new Intl.NumberFormat(tag);
    oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    language = tag;
  } catch {
    if (language !== ENGLISH) setMessageLanguage(ENGLISH);
  }
}

export function formatMessageNumber(value: number): string {
  return numbers.format(value);
}

/** With one decimal: "8.0" in English, "8,0" in Turkish. */
export function formatMessageDecimal(value: number): string {
  return oneDecimal.format(value);
}
