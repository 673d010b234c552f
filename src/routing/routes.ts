import type { CollectionEntry } from 'astro:content';
import { type Locale, localeCodes, sourceLocale } from '../i18n/locales';
import { getTranslatedEntries } from '../content/store';
import { cachedForBuild } from '../content/buildCache';
import { handbookSlugOf, procedureSlug } from '../model/views';

/**
 * Every page the site publishes, in every locale. A page without a
 * translation is still published in that locale, showing the source text
 * with a notice (`isFallback`), so a locale's URLs never break.
 */
interface RouteBase {
  locale: Locale;
  /** The slug shared by every locale, for example `hotlines` or `handbook/work-permit`. */
  slug: string;
  /** Locales that have a real translation of this page (the source locale always does). */
  translatedLocales: Locale[];
}

export type SiteRoute =
  | (RouteBase & { kind: 'page'; entry: CollectionEntry<'pages'>; source: CollectionEntry<'pages'>; isFallback: boolean })
  | (RouteBase & {
      kind: 'procedure';
      entry: CollectionEntry<'procedures'>;
      source: CollectionEntry<'procedures'>;
      isFallback: boolean;
    })
  | (RouteBase & { kind: 'not-found' });

/** The slug of the page whose `view` is `handbook`; procedures live under it. */
export async function getHandbookSlug(): Promise<string> {
  return handbookSlugOf(await getTranslatedEntries('pages'));
}

export { procedureSlug };

export const getSiteRoutes: () => Promise<SiteRoute[]> = cachedForBuild(listSiteRoutes);

async function listSiteRoutes(): Promise<SiteRoute[]> {
  const pages = await getTranslatedEntries('pages');
  const routes: SiteRoute[] = [];
  for (const group of pages) {
    const translatedLocales = localeCodes.filter((l) => group.translations[l] !== undefined);
    for (const locale of localeCodes) {
      const entry = group.translations[locale];
      routes.push({
        kind: 'page',
        locale,
        slug: group.slug,
        translatedLocales,
        entry: entry ?? group.source,
        source: group.source,
        isFallback: entry === undefined,
      });
    }
  }

  const handbookSlug = await getHandbookSlug();
  for (const group of await getTranslatedEntries('procedures')) {
    const translatedLocales = localeCodes.filter((l) => group.translations[l] !== undefined);
    for (const locale of localeCodes) {
      const entry = group.translations[locale];
      routes.push({
        kind: 'procedure',
        locale,
        slug: procedureSlug(handbookSlug, group.slug),
        translatedLocales,
        entry: entry ?? group.source,
        source: group.source,
        isFallback: entry === undefined,
      });
    }
  }

  // The source locale's 404 page is src/pages/404.astro (/404.html); the
  // others live at /<code>/404/ so a server can serve each under its folder.
  for (const locale of localeCodes) {
    if (locale === sourceLocale) continue;
    routes.push({ kind: 'not-found', locale, slug: '404', translatedLocales: [...localeCodes] });
  }
  return routes;
}
