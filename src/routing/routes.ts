import type { CollectionEntry } from 'astro:content';
import { type Locale, localeCodes, sourceLocale } from '../i18n/locales';
import { getTranslatedEntries } from '../content/store';
import { cachedForBuild } from '../content/buildCache';
import { handbookSlugOf, procedureSlug } from '../model/views';
import { type LifeEvent, lifeEvents } from '../schemas/procedure';
import { type ListPage, pageCount, pagedSlug, proceduresPerPage, translationItemsPerPage } from './listPages';
import { buildTranslationReport } from '../translations/pageNotice';
import { needingWork, targetLocales } from '../translations/translationStatus';

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
  | (RouteBase & { kind: 'life-event'; lifeEvent: LifeEvent; list: ListPage })
  | (RouteBase & { kind: 'translation-list'; target: Locale; list: ListPage; report: CollectionEntry<'pages'>; reportSlug: string })
  | (RouteBase & { kind: 'not-found' });

/** The slug of the page whose `view` is `handbook`; procedures live under it. */
export async function getHandbookSlug(): Promise<string> {
  return handbookSlugOf(await getTranslatedEntries('pages'));
}

export { procedureSlug };

/** The slug of the first page of a life event's list: `<handbook slug>/<life event>`. */
export function lifeEventSlug(handbookSlug: string, lifeEvent: LifeEvent): string {
  return `${handbookSlug}/${lifeEvent}`;
}

/** The pages of a paged list, one route base per page, in every locale that has the list. */
function listPages(listSlug: string, countIn: (locale: Locale) => number): { locale: Locale; slug: string; list: ListPage; translatedLocales: Locale[] }[] {
  const counts = new Map(localeCodes.map((l) => [l, countIn(l)]));
  const most = Math.max(0, ...counts.values());
  const routes = [];
  for (let page = 1; page <= most; page += 1) {
    // A page exists in a locale whose list reaches it (lists can differ when a translation moves a procedure to another life event).
    const translatedLocales = localeCodes.filter((l) => counts.get(l)! >= page);
    for (const locale of translatedLocales) {
      routes.push({ locale, slug: pagedSlug(listSlug, page), list: { page, pageCount: counts.get(locale)!, listSlug }, translatedLocales });
    }
  }
  return routes;
}

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

  // Each life event's procedures, a page at a time. A procedure may not take a life event's name: both would want one URL.
  const procedureGroups = await getTranslatedEntries('procedures');
  for (const group of procedureGroups) {
    if ((lifeEvents as readonly string[]).includes(group.slug)) {
      throw new Error(
        `${group.source.filePath ?? group.source.id} — file name — "${group.slug}" — expected a name other than a life event's (${lifeEvents.join(', ')}): /${lifeEventSlug(handbookSlug, group.slug as LifeEvent)}/ lists that life event`,
      );
    }
  }
  for (const lifeEvent of lifeEvents) {
    const inLocale = (locale: Locale): number =>
      procedureGroups.filter((g) => (g.translations[locale] ?? g.source).data.lifeEvent === lifeEvent).length;
    const counts = new Map(localeCodes.map((l) => [l, inLocale(l)]));
    const pages = listPages(lifeEventSlug(handbookSlug, lifeEvent), (l) => (counts.get(l)! > 0 ? pageCount(counts.get(l)!, proceduresPerPage) : 0));
    for (const page of pages) routes.push({ kind: 'life-event', lifeEvent, ...page });
  }

  // The staff translation report shows counts; what needs work in each language is listed on its own pages.
  const report = pages.find((p) => p.source.data.view === 'translations');
  if (report) {
    const translationReport = buildTranslationReport();
    for (const target of targetLocales) {
      const items = needingWork(translationReport, target).length;
      if (items === 0) continue;
      const count = pageCount(items, translationItemsPerPage);
      for (const page of listPages(`${report.slug}/${target}`, () => count)) {
        routes.push({ kind: 'translation-list', target, report: report.translations[page.locale] ?? report.source, reportSlug: report.slug, ...page });
      }
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
