import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { cachedForBuild } from './buildCache';
import { finishEntryHtml } from './entryHtml';
import { splitEntryId } from './entryId';
import { getFactTable } from './store';
import { getSiteRoutes } from '../routing/routes';

/**
 * The HTML of a Markdown entry for a page in `locale`: fact tokens filled in
 * for the entry's own language, heading ids made safe and, on a page showing
 * the Vietnamese for want of a translation, links leading to the reader's
 * language (src/content/entryHtml.ts, on the HTML syntax tree).
 */
export async function renderEntryHtml(entry: CollectionEntry<'pages' | 'procedures'>, locale: Locale): Promise<string> {
  return finishEntryHtml(entry.rendered?.html ?? '', {
    facts: await getFactTable(),
    contentLocale: splitEntryId(entry.id).locale,
    readerLocale: locale,
    pageSlugs: await getPageSlugs(),
    file: entry.filePath ?? entry.id,
  });
}

/** The slugs of every page and procedure the site publishes. */
const getPageSlugs = cachedForBuild(() =>
  getSiteRoutes().then((routes) => new Set(routes.filter((r) => r.kind !== 'not-found').map((r) => r.slug))),
);
