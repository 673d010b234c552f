import { type Locale, localeConfig } from '../i18n/locales';

/** Dates are shown in the province's time zone, whatever the reader's device says. */
export const siteTimeZone = 'Asia/Ho_Chi_Minh';

/**
 * One formatter per locale for the whole build: creating an Intl formatter
 * loads locale data and costs far more than formatting with it, and every
 * page shows dates.
 */
function perLocale<T>(create: (lang: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (formatter === undefined) {
      formatter = create(localeConfig(locale).lang);
      made.set(locale, formatter);
    }
    return formatter;
  };
}

const longDate = perLocale((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: siteTimeZone }));
const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: siteTimeZone });
const plainNumber = perLocale((lang) => new Intl.NumberFormat(lang));

/** A date written the way readers of the locale expect, for example "25 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return longDate(locale).format(date);
}

/** The date as YYYY-MM-DD for `<time datetime>`, the same day `formatDate` shows (in the site's time zone). */
export function isoDate(date: Date): string {
  return isoDay.format(date);
}

/** A number written the way readers of the locale expect, for example "1,200,000" or "1.200.000". */
export function formatNumber(value: number, locale: Locale): string {
  return plainNumber(locale).format(value);
}
