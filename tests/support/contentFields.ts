import { isLocale } from '../../src/i18n/locales';
import { contentModel } from '../../src/model/contentModel';
import { localizedCollections } from '../../src/model/contentTree';
import { loadContent } from '../../src/model/loadContent';

/**
 * The fields of one content file (`procedures/en/x.md`, relative to the
 * content folder) as the site uses them: read, validated and, for a
 * translation, completed with the fields it takes from its Vietnamese source,
 * by the site's own content model. A test sees the fields the build saw.
 */
export function contentFields(contentDir: string, file: string): Record<string, unknown> {
  const [collection, locale, ...rest] = file.split('/');
  const slug = rest.join('/').replace(/\.(md|yaml)$/, '');
  const known = localizedCollections.find((c) => c === collection);
  const entry = known && locale && isLocale(locale) ? contentModel(loadContent(contentDir))[known].find((g) => g.slug === slug)?.translations[locale] : undefined;
  if (!entry) throw new Error(`${file}: no such content file in ${contentDir}`);
  return entry.data as Record<string, unknown>;
}
