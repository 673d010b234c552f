/**
 * What the search page hands the search island: every word it shows comes
 * from src/i18n/ui/<locale>.json, picked by SearchPanel.astro at build time.
 */
export interface SearchIslandStrings {
  /** The result-count sentence per plural category (`one`, `other`, …), with {{count}} and {{query}}. */
  results: Record<string, string>;
  noResults: string;
  tryAgain: string;
  callHotline: string;
  browseHandbook: string;
  alsoKnownAs: string;
  officialName: string;
  loadFailed: string;
  /** Said when the query was longer than the engine searches (limitQuery): the length is already filled in. */
  queryCut: string;
}

export interface SearchIslandProps {
  /** The BCP 47 tag of the page, for plural rules. */
  lang: string;
  /** The BCP 47 tag of Vietnamese, for official names and untranslated text. */
  vietnameseLang: string;
  /** Whether titles in this language carry bracketed Vietnamese words to mark lang="vi". */
  markVietnamese: boolean;
  indexUrl: string;
  strings: SearchIslandStrings;
  /** Section key → label shown with each result. */
  sectionLabels: Record<string, string>;
  /** The support line from content/site.yaml (mainHotline). */
  hotline?: { label: string; labelLang?: string; text: string; href: string };
  /** The handbook index. */
  handbook: { href: string };
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (token, name: string) => (name in values ? String(values[name]) : token));
}
