import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { renderFactTokens } from './facts';
import { safeHeadingIds } from './headingIds';
import { cachedForBuild } from './buildCache';
import { getFactTable } from './store';
import { splitEntryId } from './entryId';
import { localiseInternalLinks } from '../i18n/localiseLinks';
import { getSiteRoutes } from '../routing/routes';

/**
 * The HTML of a Markdown entry with its fact tokens filled in for the
 * entry's own locale. Facts are resolved here, after Markdown rendering, so the
 * same mechanism works whatever Markdown processor Astro uses.
 */
export async function renderEntryHtml(entry: CollectionEntry<'pages' | 'procedures'>, locale: Locale): Promise<string> {
  const html = safeHeadingIds(entry.rendered?.html ?? '');
  // A fallback page shows the Vietnamese entry: its facts stay in Vietnamese
  // (the fragment is marked lang="vi"), its links lead to the reader's locale.
  const contentLocale = splitEntryId(entry.id).locale;
  const filled = renderFactTokens(html, await getFactTable(), contentLocale, entry.filePath ?? entry.id);
  return contentLocale === locale ? filled : localiseInternalLinks(filled, locale, await getPageSlugs());
}

/** The slugs of every page and procedure the site publishes. */
const getPageSlugs = cachedForBuild(() =>
  getSiteRoutes().then((routes) => new Set(routes.filter((r) => r.kind !== 'not-found').map((r) => r.slug))),
);
