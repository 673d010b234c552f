import { getCollection } from 'astro:content';
import { splitEntryId } from '../content/entryId';
import { pickLocalized } from '../content/localized';
import { getFactTable, getTranslatedEntries } from '../content/store';
import type { Locale } from '../i18n/locales';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndexFile } from './searchIndexFormat';
import {
  type ContentItem,
  type PageFields,
  type ProcedureFields,
  type TranslatedItem,
  handbookSlugOf,
  pageSearchSources,
  procedureSearchSources,
} from './searchSources';

/**
 * A locale's search index from Astro's content collections, for the
 * /search-index/<locale>.json endpoint and the search page's list of pages.
 */

interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

function item<T>(entry: Entry<T>): ContentItem<T> {
  return { data: entry.data, body: entry.body ?? '', locale: splitEntryId(entry.id).locale };
}

function items<T>(groups: { slug: string; source: Entry<T>; translations: Partial<Record<Locale, Entry<T>>> }[]): TranslatedItem<T>[] {
  return groups.map((group) => ({
    slug: group.slug,
    source: item(group.source),
    translations: Object.fromEntries(
      Object.entries(group.translations).flatMap(([locale, entry]) => (entry ? [[locale, item(entry)]] : [])),
    ) as Partial<Record<Locale, ContentItem<T>>>,
  }));
}

export async function getSearchPages(): Promise<TranslatedItem<PageFields>[]> {
  return items<PageFields>(await getTranslatedEntries('pages'));
}

export async function getSearchProcedures(): Promise<TranslatedItem<ProcedureFields>[]> {
  return items<ProcedureFields>(await getTranslatedEntries('procedures'));
}

export async function collectSearchIndex(locale: Locale): Promise<SearchIndexFile> {
  const pages = await getSearchPages();
  const procedures = await getSearchProcedures();
  const synonyms = (await getCollection('searchSynonyms')).map((entry) => ({ terms: entry.data.terms }));
  const facts = await getFactTable();
  const factName = (id: string) => {
    const fact = facts.get(id);
    return fact ? pickLocalized(fact.name, locale).text : undefined;
  };
  const sources = [...pageSearchSources(locale, pages), ...procedureSearchSources(locale, procedures, handbookSlugOf(pages))];
  return buildSearchIndex(locale, sources, synonyms, factName);
}
