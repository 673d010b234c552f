import { type Locale, localeConfig } from '../i18n/locales';
import { pageUrl } from '../routing/urls';
import type { SearchSource } from './buildSearchIndex';

/**
 * Which pages and procedures a locale's search covers, and how each one reads
 * in that locale: its translation, or the Vietnamese text where it has none
 * yet (the page is published that way too). Shared by the Astro endpoint and
 * the Node reader used by tests and the benchmark.
 */

/** The fields of a page search uses (see src/schemas/page.ts). */
export interface PageFields {
  title: string;
  description: string;
  section: string;
  view: string;
  keywords: readonly string[];
}

/** The fields of a procedure search uses (see src/schemas/procedure.ts). */
export interface ProcedureFields {
  title: string;
  officialName: string;
  description: string;
  lifeEvent: string;
  keywords: readonly string[];
}

export interface ContentItem<T> {
  data: T;
  body: string;
  /** The locale folder the item was read from. */
  locale: Locale;
}

export interface TranslatedItem<T> {
  slug: string;
  source: ContentItem<T>;
  translations: Partial<Record<Locale, ContentItem<T>>>;
}

/**
 * Views that are not destinations to search for: the search page itself, the
 * page shown when there is no connection, and the translation-status page,
 * which is for staff (reachable by its address, out of the readers' way).
 */
export const unsearchedViews: readonly string[] = ['search', 'offline', 'translations'];

function textLang(item: ContentItem<unknown>, locale: Locale): string | undefined {
  return item.locale === locale ? undefined : localeConfig(item.locale).lang;
}

export function pageSearchSources(locale: Locale, pages: readonly TranslatedItem<PageFields>[]): SearchSource[] {
  return pages
    .filter((group) => !unsearchedViews.includes(group.source.data.view))
    .map((group) => {
      const item = group.translations[locale] ?? group.source;
      return {
        url: pageUrl(locale, group.slug),
        title: item.data.title,
        description: item.data.description,
        section: item.data.section,
        keywords: item.data.keywords,
        body: item.body,
        textLang: textLang(item, locale),
      };
    });
}

export function procedureSearchSources(
  locale: Locale,
  procedures: readonly TranslatedItem<ProcedureFields>[],
  handbookSlug: string,
): SearchSource[] {
  return procedures.map((group) => {
    const item = group.translations[locale] ?? group.source;
    return {
      url: pageUrl(locale, `${handbookSlug}/${group.slug}`),
      title: item.data.title,
      description: item.data.description,
      section: item.data.lifeEvent,
      officialName: group.source.data.officialName,
      keywords: item.locale === group.source.locale ? item.data.keywords : [...item.data.keywords, ...group.source.data.keywords],
      body: item.body,
      textLang: textLang(item, locale),
    };
  });
}

export { handbookSlugOf } from '../model/views';
