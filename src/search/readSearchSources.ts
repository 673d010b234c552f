import { pickLocalized } from '../content/localized';
import { type Locale, localeCodes } from '../i18n/locales';
import { contentModel, type ModelGroup } from '../model/contentModel';
import { readContentTree } from '../model/contentTree';
import { buildSearchIndex } from './buildSearchIndex';
import type { SearchIndexFile } from './searchIndexFormat';
import { type TranslatedItem, handbookSlugOf, pageSearchSources, procedureSearchSources } from './searchSources';

/**
 * Every locale's search index for a content folder, in Node (the relevance
 * tests, the benchmark): the same content model and the same index builder
 * as the site's /search-index/<locale>.json, so the two cannot drift.
 */

function items<T>(groups: readonly ModelGroup<T>[]): TranslatedItem<T>[] {
  const item = (entry: ModelGroup<T>['source']) => ({ data: entry.data, body: entry.body, locale: entry.locale });
  return groups.map((group) => ({
    slug: group.slug,
    source: item(group.source),
    translations: Object.fromEntries(Object.entries(group.translations).map(([locale, entry]) => [locale, item(entry!)])),
  }));
}

export function readSearchIndexes(contentDir: string): Map<Locale, SearchIndexFile> {
  const model = contentModel(readContentTree(contentDir));
  const pages = items(model.pages);
  const procedures = items(model.procedures);
  const handbookSlug = handbookSlugOf(pages);
  const indexes = new Map<Locale, SearchIndexFile>();
  for (const locale of localeCodes) {
    const factName = (id: string) => {
      const fact = model.facts.get(id);
      return fact ? pickLocalized(fact.name, locale).text : undefined;
    };
    const sources = [...pageSearchSources(locale, pages), ...procedureSearchSources(locale, procedures, handbookSlug)];
    indexes.set(locale, buildSearchIndex(locale, sources, model.synonyms, factName));
  }
  return indexes;
}
