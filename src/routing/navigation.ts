import { getCollection } from 'astro:content';
import type { NavigationItem } from '../components/MainNavigation.astro';
import { type Locale, localeConfig, sourceLocale } from '../i18n/locales';
import { getSiteSettings } from '../content/store';
import { splitEntryId } from '../content/entryId';

/**
 * The main navigation: the pages `content/site.yaml` lists, each labelled with
 * its title in the reader's language (the source title when untranslated).
 */
export async function getNavigationItems(locale: Locale): Promise<NavigationItem[]> {
  const site = await getSiteSettings();
  const pages = await getCollection('pages');
  const find = (l: Locale, slug: string) =>
    pages.find((p) => {
      const id = splitEntryId(p.id);
      return id.locale === l && id.slug === slug;
    });
  return site.navigation.map((slug) => {
    const own = find(locale, slug);
    const label = (own ?? find(sourceLocale, slug))?.data.title;
    if (label === undefined) {
      throw new Error(`content/site.yaml — navigation — "${slug}" is not a page — expected a slug of content/pages/${sourceLocale}/`);
    }
    // An untranslated page is labelled with its Vietnamese title, marked as such.
    return own ? { slug, label } : { slug, label, lang: localeConfig(sourceLocale).lang };
  });
}
