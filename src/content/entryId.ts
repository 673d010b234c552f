import { type Locale, isLocale } from '../i18n/locales';
import { homeSlug } from '../routing/urls';

/**
 * Markdown and data entries sit in per-locale folders, so their ids read
 * `<locale>/<slug>`. These helpers split such an id.
 */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  // The glob loader names `vi/index.md` plainly `vi`.
  if (isLocale(first) && rest.length === 0) return { locale: first, slug: homeSlug };
  if (!isLocale(first)) {
    throw new Error(`${id} — folder — not a language folder — expected the file under content/<collection>/<language code>/`);
  }
  return { locale: first, slug: rest.join('/') };
}
