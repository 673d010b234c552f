import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { renderFactTokens } from './facts';
import { getFactTable } from './store';

/**
 * The HTML of a Markdown entry with its fact tokens filled in for the
 * reader's locale. Facts are resolved here, after Markdown rendering, so the
 * same mechanism works whatever Markdown processor Astro uses.
 */
export async function renderEntryHtml(entry: CollectionEntry<'pages' | 'procedures'>, locale: Locale): Promise<string> {
  const html = entry.rendered?.html ?? '';
  return renderFactTokens(html, await getFactTable(), locale, entry.filePath ?? entry.id);
}
