import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';
import { type Locale, sourceLocale } from '../i18n/locales';
import type { Fact } from '../schemas/fact';
import type { SiteSettings } from '../schemas/site';
import { splitEntryId } from './entryId';
import type { FactTable } from './facts';
import { cachedForBuild } from './buildCache';

/** Typed, cached access to the content collections. */

export const getFactTable: () => Promise<FactTable> = cachedForBuild(() =>
  getCollection('facts').then((entries) => new Map(entries.map((e) => [e.id, e.data as Fact]))),
);

export async function getFact(id: string, usedIn: string): Promise<Fact> {
  const fact = (await getFactTable()).get(id);
  if (!fact) throw new Error(`${usedIn} — ${id} — unknown fact id — expected an id defined in content/facts.yaml`);
  return fact;
}

export async function getSiteSettings(): Promise<SiteSettings> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.yaml — missing — expected the site settings file');
  // The address astro.config.mjs resolved (src/site/siteAddress.ts), never a placeholder.
  return { ...entry.data, url: String(import.meta.env.SITE).replace(/\/$/, '') };
}

/** The settings in content/site.yaml that name a fact in content/facts.yaml. */
type SiteFactKey = 'managingAgency' | 'publisher' | 'mainPortal' | 'mainHotline';

/**
 * The fact a site setting names (the main portal, hotline…), or undefined
 * where the setting is optional and left out.
 */
export async function getSiteFact<K extends SiteFactKey>(key: K): Promise<undefined extends SiteSettings[K] ? Fact | undefined : Fact> {
  const id = (await getSiteSettings())[key];
  const fact = id === undefined ? undefined : await getFact(id, `content/site.yaml (${key})`);
  return fact as undefined extends SiteSettings[K] ? Fact | undefined : Fact;
}

type LocalizedCollection = Extract<CollectionKey, 'pages' | 'procedures' | 'glossary'>;

/** A source entry and, for each locale, its translation if one exists. */
export interface TranslatedEntry<C extends LocalizedCollection> {
  slug: string;
  source: CollectionEntry<C>;
  translations: Partial<Record<Locale, CollectionEntry<C>>>;
}

/** Groups a localized collection by slug, keyed by the source-language entries. */
const translatedEntries = {
  pages: cachedForBuild(() => groupTranslations('pages')),
  procedures: cachedForBuild(() => groupTranslations('procedures')),
  glossary: cachedForBuild(() => groupTranslations('glossary')),
};

export function getTranslatedEntries<C extends LocalizedCollection>(collection: C): Promise<TranslatedEntry<C>[]> {
  return translatedEntries[collection]() as Promise<TranslatedEntry<C>[]>;
}

async function groupTranslations<C extends LocalizedCollection>(collection: C): Promise<TranslatedEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const bySlug = new Map<string, TranslatedEntry<C>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    if (locale !== sourceLocale) continue;
    bySlug.set(slug, { slug, source: entry, translations: { [locale]: entry } as Partial<Record<Locale, CollectionEntry<C>>> });
  }
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    if (locale === sourceLocale) continue;
    const group = bySlug.get(slug);
    if (!group) {
      throw new Error(
        `${entry.filePath ?? entry.id} — slug — "${slug}" has no ${sourceLocale} source — expected content/${collection}/${sourceLocale}/${slug} to exist`,
      );
    }
    group.translations[locale] = entry;
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
