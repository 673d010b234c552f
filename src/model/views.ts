/**
 * The engine finds its special pages by what they are (their `view`), not by
 * a province's file names: the handbook, the search page, the glossary…
 * These helpers answer "which page has view X?" in one place, for any list
 * of entries grouped by slug (the Astro store's or src/model's).
 */

/** Where procedures live when no page has `view: handbook`: `/handbook/<procedure>/`. */
export const defaultHandbookSlug = 'handbook';

interface HasView {
  slug: string;
  source: { data: { view: string } };
}

/** The group whose source page has the view, or undefined. */
export function pageOfView<G extends HasView>(pages: readonly G[], view: string): G | undefined {
  return pages.find((page) => page.source.data.view === view);
}

/** The slug of the page procedures live under: the `handbook` view's page. */
export function handbookSlugOf(pages: readonly HasView[]): string {
  return pageOfView(pages, 'handbook')?.slug ?? defaultHandbookSlug;
}

/** The slug of a procedure's page: `<handbook slug>/<procedure slug>`. */
export function procedureSlug(handbookSlug: string, slug: string): string {
  return `${handbookSlug}/${slug}`;
}
