/**
 * The per-locale search index, as published at /search-index/<locale>.json
 * and read by the search island. It holds only what ranking and a result
 * need; keys are one letter because the file travels to cheap phones.
 */
export interface SearchDocument {
  /** The page's address on this site, for example `/en/handbook/work-permit/`. */
  u: string;
  /** Title, in the text's language. */
  t: string;
  /** Summary: the page's description. */
  d: string;
  /** Section key: a page section (`center`, `help`, `about`) or a handbook life event. */
  s: string;
  /** The official Vietnamese name of a procedure, when it differs from the title. */
  o?: string;
  /** Headings of the page's text. */
  h?: string[];
  /** The page's own keywords (frontmatter `keywords`). */
  k?: string[];
  /** Aliases from the shared synonym list (content/search-synonyms.yaml). */
  a?: string[];
  /** The BCP 47 tag of the text, when it is not the index's language (an untranslated page). */
  l?: string;
}

export interface SearchIndexFile {
  /** Format version; the island refuses another. */
  v: 1;
  /** The locale code the index is for. */
  locale: string;
  docs: SearchDocument[];
}

export const searchIndexVersion = 1;

/** The index's address for a locale. */
export function searchIndexPath(locale: string): string {
  return `/search-index/${locale}.json`;
}
