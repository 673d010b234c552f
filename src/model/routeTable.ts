import { isLocale, localeCodes, sourceLocale } from '../i18n/locales.ts';
import { pageUrl } from '../routing/urls.ts';
import { type ContentTree, valueAt } from './contentTree.ts';
import { handbookSlugOf, procedureSlug } from './views.ts';

/**
 * Every address the content publishes, and which file publishes it, worked
 * out from the content folder alone (no Astro), so the check can refuse two
 * files that would publish the same address instead of one silently winning.
 * A page or procedure is published in every language: its translation, or
 * the Vietnamese with a notice.
 */
export interface PublishedAddress {
  url: string;
  /** The file whose text the page shows, or what the engine publishes there. */
  file: string;
}

/** Folders the engine itself publishes under every language (src/pages). */
export const engineFolders: readonly string[] = ['feeds', 'opensearch', 'search-index', 'manifests', '_astro', 'icons', 'og', 'admin'];

export function publishedAddresses(tree: ContentTree): PublishedAddress[] {
  const pages = tree.entries.filter((e) => e.collection === 'pages' && e.folder === sourceLocale);
  const handbookSlug = handbookSlugOf(
    pages.map((e) => ({ slug: e.slug, source: { data: { view: String(valueAt(e.fields?.data, 'view') ?? 'article') } } })),
  );
  const addresses: PublishedAddress[] = [];
  for (const entry of tree.entries) {
    if (entry.collection === 'glossary' || !isLocale(entry.folder)) continue;
    const slug = entry.collection === 'procedures' ? procedureSlug(handbookSlug, entry.slug) : entry.slug;
    addresses.push({ url: pageUrl(entry.folder, slug), file: entry.file });
    if (entry.folder !== sourceLocale) continue;
    // The Vietnamese is published in every language that has no translation.
    for (const locale of localeCodes) {
      if (locale === sourceLocale) continue;
      const translated = tree.entries.some((e) => e.collection === entry.collection && e.folder === locale && e.slug === entry.slug);
      if (!translated) addresses.push({ url: pageUrl(locale, slug), file: entry.file });
    }
  }
  for (const locale of localeCodes) {
    if (locale !== sourceLocale) addresses.push({ url: pageUrl(locale, '404'), file: 'the not-found page (src/pages/[...path].astro)' });
    for (const folder of engineFolders) addresses.push({ url: pageUrl(locale, folder), file: `the site's own /${folder}/ files` });
  }
  return addresses;
}

/** Pairs of files that would publish the same address. */
export function addressCollisions(tree: ContentTree): { url: string; first: string; second: string }[] {
  const byUrl = new Map<string, string>();
  const collisions: { url: string; first: string; second: string }[] = [];
  for (const { url, file } of publishedAddresses(tree)) {
    const first = byUrl.get(url);
    if (first === undefined) byUrl.set(url, file);
    else if (first !== file) collisions.push({ url, first, second: file });
  }
  return collisions;
}
