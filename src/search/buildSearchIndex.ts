import { factTokenPattern } from '../content/facts';
import { markdownHeadings } from '../model/markdownTree';
import { needsSubstringMatch, normaliseVietnamese, toNfc, wordsOf } from './normaliseVietnamese';
import { type SearchDocument, type SearchIndexFile, searchIndexVersion } from './searchIndexFormat';

/**
 * Builds a locale's search index from plain content data. The Astro endpoint
 * (src/pages/search-index/[locale].json.ts) feeds it the content collections;
 * the relevance test and the benchmark feed it the same files read from disk
 * (readSearchSources.ts), so all three rank the very same index.
 */

/** One page or procedure as the reader of a locale sees it. */
export interface SearchSource {
  /** The page's address on this site. */
  url: string;
  title: string;
  description: string;
  /** Section key: a page section or a handbook life event. */
  section: string;
  /** A procedure's official Vietnamese name. */
  officialName?: string | undefined;
  keywords: readonly string[];
  /** The Markdown body, for its headings. */
  body: string;
  /** The BCP 47 tag of the text when it is not in the locale's language (an untranslated page). */
  textLang?: string | undefined;
}

/** A group of terms from content/search-synonyms.yaml. */
export interface SynonymGroup {
  terms: readonly string[];
}

/** The name a fact stands for in plain text, or undefined when the id is unknown. */
export type FactName = (id: string) => string | undefined;

/** The headings (## to ####) of a Markdown body, read on the renderer's syntax tree. */
export { markdownHeadings } from '../model/markdownTree';

function fillFacts(text: string, factName: FactName): string {
  return text.replace(factTokenPattern, (token, id: string) => factName(id) ?? token);
}

function clean(text: string, factName: FactName): string {
  return toNfc(fillFacts(text, factName)).replace(/\s+/g, ' ').trim();
}

/** Spaced, folded words, so a phrase is found only at word boundaries. */
function wordString(text: string): string {
  return ` ${wordsOf(normaliseVietnamese(text)).join(' ')} `;
}

function containsTerm(haystack: string, spacedHaystack: string, term: string): boolean {
  const folded = normaliseVietnamese(term);
  if (needsSubstringMatch(folded)) return haystack.includes(folded);
  const words = wordsOf(folded);
  return words.length > 0 && spacedHaystack.includes(` ${words.join(' ')} `);
}

/** The synonym terms a document earns: every group one of whose terms it already contains. */
export function synonymAliases(texts: readonly string[], groups: readonly SynonymGroup[]): string[] {
  const haystack = normaliseVietnamese(texts.join(' \n '));
  const spaced = wordString(texts.join(' \n '));
  const aliases: string[] = [];
  for (const group of groups) {
    if (group.terms.some((term) => containsTerm(haystack, spaced, term))) aliases.push(...group.terms);
  }
  return aliases;
}

/** Distinct by folded form, first spelling kept, and not already said by the title. */
function distinctTerms(terms: readonly string[], title: string): string[] {
  const seen = new Set([normaliseVietnamese(title)]);
  const out: string[] = [];
  for (const term of terms) {
    const key = normaliseVietnamese(term);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

export function toSearchDocument(source: SearchSource, synonyms: readonly SynonymGroup[], factName: FactName): SearchDocument {
  const title = clean(source.title, factName);
  const description = clean(source.description, factName);
  const officialName = source.officialName ? clean(source.officialName, factName) : undefined;
  const headings = distinctTerms(markdownHeadings(fillFacts(source.body, factName)).map((h) => clean(h, factName)), title);
  const ownKeywords = source.keywords.map((k) => clean(k, factName));
  const aliases = synonymAliases([title, officialName ?? '', ...ownKeywords, ...headings], synonyms).map((k) => toNfc(k.trim()));
  const notOfficial = (k: string) => !officialName || normaliseVietnamese(k) !== normaliseVietnamese(officialName);
  const keywords = distinctTerms(ownKeywords, title).filter(notOfficial);
  const keywordKeys = new Set(keywords.map(normaliseVietnamese));
  const extra = distinctTerms(aliases, title).filter((k) => notOfficial(k) && !keywordKeys.has(normaliseVietnamese(k)));

  const doc: SearchDocument = { u: source.url, t: title, d: description, s: source.section };
  if (officialName && normaliseVietnamese(officialName) !== normaliseVietnamese(title)) doc.o = officialName;
  if (headings.length > 0) doc.h = headings;
  if (keywords.length > 0) doc.k = keywords;
  if (extra.length > 0) doc.a = extra;
  if (source.textLang) doc.l = source.textLang;
  return doc;
}

export function buildSearchIndex(
  locale: string,
  sources: readonly SearchSource[],
  synonyms: readonly SynonymGroup[],
  factName: FactName,
): SearchIndexFile {
  // Collections do not promise an order; a stable one keeps the index identical however it is read.
  const groups = [...synonyms].sort((x, y) => x.terms.join('|').localeCompare(y.terms.join('|')));
  return { v: searchIndexVersion, locale, docs: sources.map((source) => toSearchDocument(source, groups, factName)) };
}
