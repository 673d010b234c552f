import { type Locale, isLocale, sourceLocale } from '../i18n/locales';

/**
 * URLs are predictable: the source locale lives at the root, every other
 * locale under its code, and a page keeps the same slug in every locale.
 *
 *   vi home  /            en home  /en/
 *   vi page  /hotlines/   en page  /en/hotlines/
 */

/** The slug that stands for a locale's home page. */
export const homeSlug = 'index';

/** The path prefix of a locale: `/` for the source locale, `/en/` for English. */
export function localePrefix(locale: Locale): string {
  return locale === sourceLocale ? '/' : `/${locale}/`;
}

/** The site-relative URL of a page, always ending with a slash. */
export function pageUrl(locale: Locale, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  if (clean === '' || clean === homeSlug) return localePrefix(locale);
  return `${localePrefix(locale)}${clean}/`;
}

/** Splits a site-relative URL into its locale and slug; the inverse of `pageUrl`. */
export function parsePageUrl(url: string): { locale: Locale; slug: string } {
  const parts = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const first = parts[0];
  if (isLocale(first) && first !== sourceLocale) {
    return { locale: first, slug: parts.slice(1).join('/') || homeSlug };
  }
  return { locale: sourceLocale, slug: parts.join('/') || homeSlug };
}

/** The URL of the same page in another locale. */
export function translatePageUrl(url: string, target: Locale): string {
  return pageUrl(target, parsePageUrl(url).slug);
}

/** The path to the route's parameter as Astro's `[...path]` route expects it. */
export function routeParam(locale: Locale, slug: string): string | undefined {
  const url = pageUrl(locale, slug);
  const trimmed = url.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
