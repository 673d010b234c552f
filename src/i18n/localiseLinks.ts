import { type Locale, sourceLocale } from './locales';
import { pageUrl, parsePageUrl } from '../routing/urls';

/**
 * On a page that shows the Vietnamese source for want of a translation, the
 * source's links lead to Vietnamese pages. This points each link to a page of
 * the site at the same page in the reader's locale instead, so the reader
 * stays in their language (or in its fallback) while browsing.
 *
 * Only links to pages in `knownSlugs` change; files, feeds and other
 * addresses are left alone.
 */
export function localiseInternalLinks(html: string, locale: Locale, knownSlugs: ReadonlySet<string>): string {
  if (locale === sourceLocale) return html;
  return html.replace(/(<a\s[^>]*?href=")(\/[^"]*)"/g, (whole, before: string, href: string) => {
    const [, pathPart = href, suffix = ''] = /^([^?#]*)(.*)$/.exec(href) ?? [];
    if (!pathPart.endsWith('/')) return whole;
    const target = parsePageUrl(pathPart);
    if (target.locale !== sourceLocale || !knownSlugs.has(target.slug)) return whole;
    return `${before}${pageUrl(locale, target.slug)}${suffix}"`;
  });
}
