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

/** The date as YYYY-MM-DD for `<time datetime>`, the same day `formatDate` shows (in the site's time zone). */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: siteTimeZone }).format(date);
}

/** A number written the way readers of the locale expect, for example "1,200,000" or "1.200.000". */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(localeConfig(locale).lang).format(value);
}
