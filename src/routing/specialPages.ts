import { getCollection } from 'astro:content';
import type { PageData } from '../schemas/page';
import { splitEntryId } from '../content/entryId';

/**
 * The slug of the page that has a given view (`search`, `report`, …), so the
 * engine finds special pages by what they are, whatever a province calls them.
 */
export async function slugOfView(view: PageData['view']): Promise<string | undefined> {
  const page = (await getCollection('pages')).find((p) => p.data.view === view);
  return page ? splitEntryId(page.id).slug : undefined;
}
