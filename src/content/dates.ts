import { type Locale, localeConfig } from '../i18n/locales';

/** Dates are shown in the province's time zone, whatever the reader's device says. */
export const siteTimeZone = 'Asia/Ho_Chi_Minh';

/** A date written the way readers of the locale expect, for example "25 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeConfig(locale).lang, {
    dateStyle: 'long',
    timeZone: siteTimeZone,
  }).format(date);
}

/** The date as YYYY-MM-DD for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
