/**
 * Long lists split over numbered pages, so every page stays within the page
 * budget (14 KB gzip of HTML + CSS) however many procedures a province adds:
 * page 1 at the list's own slug, page n at `<slug>/<n>`.
 *
 * The sizes leave room for real text, which compresses worse than the
 * benchmark's generated procedures (`npm run bench` prints any page over
 * budget): a page without its list weighs about 8.5 KB, and a real procedure
 * item (link, one-line description, online status) up to about 200 bytes
 * gzip in Russian, a translation report row about 80.
 */

/** Procedures on one page of a life event's list. */
export const proceduresPerPage = 20;

/** Items on one page of a language's list in the staff translation report. */
export const translationItemsPerPage = 50;

/** How many pages a list of `items` fills (an empty list still has its first page). */
export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

/** The slug of page `page` (from 1) of the list at `slug`. */
export function pagedSlug(slug: string, page: number): string {
  return page === 1 ? slug : `${slug}/${page}`;
}

/** The items shown on page `page` (from 1). */
export function itemsOnPage<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** One page of a paged list, as the views need it. */
export interface ListPage {
  /** From 1. */
  page: number;
  pageCount: number;
  /** The slug of the list's first page; the others add `/<n>`. */
  listSlug: string;
}
