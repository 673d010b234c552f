import { splitEntryId } from '../content/entryId';
import type { Locale } from '../i18n/locales';
import { getSiteRoutes } from '../routing/routes';
import { utilityViews } from '../routing/specialPages';
import { pageUrl } from '../routing/urls';

export interface RecentChange {
  title: string;
  description: string;
  /** Site-relative URL in the reader's locale. */
  url: string;
  /** When the page was last reviewed: the content's own date, so builds stay reproducible. */
  updated: Date;
  /** The language the entry is really written in (a locale code; its BCP 47 tag is localeConfig(contentLocale).lang). */
  contentLocale: Locale;
}

/**
 * Pages and procedures in the reader's locale, most recently reviewed first.
 * Untranslated pages are listed with their Vietnamese title, marked as such.
 */
export async function getRecentChanges(locale: Locale, limit = 30): Promise<RecentChange[]> {
  const routes = (await getSiteRoutes()).filter(
    (r): r is Extract<typeof r, { kind: 'page' | 'procedure' }> =>
      r.locale === locale && (r.kind === 'page' || r.kind === 'procedure'),
  );
  return routes
    .filter((r) => !(r.kind === 'page' && utilityViews.has(r.entry.data.view)))
    .map((r) => ({
      title: r.entry.data.title,
      description: r.entry.data.description,
      url: pageUrl(locale, r.slug),
      updated: r.entry.data.reviewed,
      contentLocale: r.isFallback ? splitEntryId(r.entry.id).locale : locale,
    }))
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title))
    .slice(0, limit);
}
