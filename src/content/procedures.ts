import { pageOfView } from '../model/views';
import { splitEntryId } from './entryId';
import type { CollectionEntry } from 'astro:content';
import { type Locale, localeConfig } from '../i18n/locales';
import { getHandbookSlug, procedureSlug } from '../routing/routes';
import { pageUrl } from '../routing/urls';
import { type LifeEvent, lifeEvents } from '../schemas/procedure';
import { cachedPerLocaleForBuild } from './buildCache';
import { getTranslatedEntries } from './store';

/**
 * Reading the foreigners' handbook: procedures and glossary terms in the
 * reader's language, falling back to the Vietnamese source when a
 * translation is missing (the `lang` then says so).
 */

/** A procedure as the index and related-procedure lists show it. */
export interface ProcedureLink {
  slug: string;
  url: string;
  /** The BCP 47 tag of the language the title and description are in. */
  lang: string;
  /** True when the reader's language was missing and the Vietnamese text is shown. */
  isFallback: boolean;
  entry: CollectionEntry<'procedures'>;
}

/**
 * Every procedure of the handbook, in the reader's language where translated,
 * sorted by title. Sorted once per locale and build, and shared: do not change
 * the array.
 */
export const getProcedureLinks: (locale: Locale) => Promise<readonly ProcedureLink[]> = cachedPerLocaleForBuild(async (locale: Locale) => {
  const handbookSlug = await getHandbookSlug();
  const groups = await getTranslatedEntries('procedures');
  return groups
    .map((group) => {
      const own = group.translations[locale];
      const entry = own ?? group.source;
      return {
        slug: group.slug,
        url: pageUrl(locale, procedureSlug(handbookSlug, group.slug)),
        lang: localeConfig(own ? locale : splitEntryId(entry.id).locale).lang,
        isFallback: own === undefined,
        entry,
      };
    })
    .sort(byText(locale, (link) => link.entry.data.title));
});

/** The procedures of a locale by slug, for the lookups every procedure page makes (related procedures, reference checks). */
export const getProcedureLinksBySlug: (locale: Locale) => Promise<ReadonlyMap<string, ProcedureLink>> = cachedPerLocaleForBuild(async (locale: Locale) =>
  new Map((await getProcedureLinks(locale)).map((link) => [link.slug, link])),
);

/** A comparison by a text in the locale's order, with one collator for the whole sort instead of one per comparison. */
function byText<T>(locale: Locale, text: (item: T) => string): (a: T, b: T) => number {
  const collator = new Intl.Collator(localeConfig(locale).lang);
  return (a, b) => collator.compare(text(a), text(b));
}

/** Procedures grouped by life event, in the schema's order; empty groups are left out. */
export function groupByLifeEvent(links: readonly ProcedureLink[]): { lifeEvent: LifeEvent; procedures: ProcedureLink[] }[] {
  return lifeEvents
    .map((lifeEvent) => ({ lifeEvent, procedures: links.filter((p) => p.entry.data.lifeEvent === lifeEvent) }))
    .filter((group) => group.procedures.length > 0);
}

/** A glossary term in the reader's language, or the Vietnamese source when untranslated. */
export interface GlossaryTerm {
  /** The term's id, its file name: also the anchor on the glossary page. */
  id: string;
  lang: string;
  isFallback: boolean;
  entry: CollectionEntry<'glossary'>;
}

/** Every glossary term in the reader's language, sorted once per locale and build; shared: do not change the array. */
export const getGlossaryTerms: (locale: Locale) => Promise<readonly GlossaryTerm[]> = cachedPerLocaleForBuild(async (locale: Locale) => {
  const groups = await getTranslatedEntries('glossary');
  return groups
    .map((group) => {
      const own = group.translations[locale];
      const entry = own ?? group.source;
      return { id: group.slug, lang: localeConfig(own ? locale : splitEntryId(entry.id).locale).lang, isFallback: own === undefined, entry };
    })
    .sort(byText(locale, (term) => term.entry.data.term));
});

/** The glossary terms of a locale by id. */
export const getGlossaryTermsById: (locale: Locale) => Promise<ReadonlyMap<string, GlossaryTerm>> = cachedPerLocaleForBuild(async (locale: Locale) =>
  new Map((await getGlossaryTerms(locale)).map((term) => [term.id, term])),
);

/** The anchor of a term on the glossary page. */
export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

/** The URL of the page whose `view` is `glossary`, or undefined when the site has none. */
export async function getGlossaryPageUrl(locale: Locale): Promise<string | undefined> {
  const pages = await getTranslatedEntries('pages');
  const page = pageOfView(pages, 'glossary');
  return page && pageUrl(locale, page.slug);
}

/** The handbook index page in the reader's language, for breadcrumbs; undefined when the site has none. */
export async function getHandbookPage(locale: Locale): Promise<{ url: string; title: string } | undefined> {
  const pages = await getTranslatedEntries('pages');
  const page = pageOfView(pages, 'handbook');
  if (!page) return undefined;
  return { url: pageUrl(locale, page.slug), title: (page.translations[locale] ?? page.source).data.title };
}
