import type { PageData } from '../schemas/page';
import { getTranslatedEntries } from '../content/store';
import { pageOfView } from '../model/views';

/**
 * Views of pages that serve the site itself rather than tell the reader about
 * a service: they stay out of what's new, the feed and search results.
 */
export const utilityViews: ReadonlySet<PageData['view']> = new Set(['whats-new', 'report', 'search', 'offline', 'translations']);

/**
 * The slug of the page that has a given view (`search`, `report`, …), so the
 * engine finds special pages by what they are, whatever a province calls them.
 */
export async function slugOfView(view: PageData['view']): Promise<string | undefined> {
  return pageOfView(await getTranslatedEntries('pages'), view)?.slug;
}
