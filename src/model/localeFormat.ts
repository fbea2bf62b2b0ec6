// Numbers, percentages, dates and plural choice in one language (a BCP 47 tag such as `tr` or `en-GB`),
// through `Intl`. Pure, so the extension (with VS Code's display language) and the pages share it.

/** A message for each plural category the language uses; `other` is the fallback for the rest. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
  readonly other: (count: string) => string;
};

export interface LocaleFormat {
  readonly locale: string;
  /** 1234 → "1,234" (en), "1.234" (tr). */
  number(value: number): string;
  /** 25 → "25%" (en), "%25" (tr): a whole percentage given as 0–100. */
  percent(value: number): string;
  /** The whole sentence for `count` in the form its plural category needs, with the number formatted. */
  plural(count: number, forms: PluralForms): string;
  /** A day, e.g. "Mar 5, 2026" (en), "5 Mar 2026" (tr). */
  date(epochMs: number): string;
  /** A day and a time of day. */
  dateTime(epochMs: number): string;
  /** "3 days ago", "in 2 weeks"; the unit is chosen by the caller. */
  relative(value: number, unit: Intl.RelativeTimeFormatUnit): string;
}

/** Falls back to English when the tag is not one `Intl` accepts, so bad input never throws here. */
function supportedLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function localeFormat(tag: string): LocaleFormat {
  const locale = supportedLocale(tag);
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(locale);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relatives = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value / 100),
    plural: (count, forms) => (forms[plurals.select(count)] ?? forms.other)(numbers.format(count)),
    date: (epochMs) => days.format(epochMs),
    dateTime: (epochMs) => times.format(epochMs),
    relative: (value, unit) => relatives.format(value, unit),
  };
}
