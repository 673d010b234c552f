/**
 * Every number the search ranking uses, in one table, each with the reason
 * it has that value. src/search/searchEngine.ts reads only these;
 * docs/search-ranking.md shows the same table to editors, and
 * tests/unit/searchWeights.test.ts fails when the two disagree.
 *
 * Synonyms are not a separate weight: content/search-synonyms.yaml adds the
 * other terms of a group to every page that uses one of them, as aliases
 * (`field.aliases`), at build time (src/search/buildSearchIndex.ts).
 */
export const searchWeights = {
  field: {
    /** The title is what the reader reads first and what the page is about. */
    title: 1,
    /** Keywords an editor chose for this page (abbreviations, everyday words): nearly as telling as the title. */
    keywords: 0.9,
    /** The official Vietnamese name of a procedure, as on the national portal: people copy it from papers. */
    officialName: 0.8,
    /** Synonyms the page earned from content/search-synonyms.yaml: true, but not the editor's own words for it. */
    aliases: 0.7,
    /** Section headings: the page covers the subject, but it is not what the page is about. */
    headings: 0.6,
    /** The summary mentions many things in passing: the weakest evidence. */
    summary: 0.45,
  },
  match: {
    /** The query word is the whole word (tones and case aside). */
    exact: 1,
    /** Chinese, Japanese, Korean and Thai: the query is found inside a longer word, which is how those scripts are searched. */
    substring: 0.9,
    /** The last query word is the beginning of a word: the reader is still typing it. */
    prefix: 0.8,
    /** A near word within the tolerated typos (limits.oneTypoFrom, limits.twoTyposFrom), scaled down further by how far Fuse.js found it. */
    typo: 0.6,
  },
  bonus: {
    /** The first pass's share of the score: coverage of the query's words, weighted by rarity (IDF) and field. */
    coverage: 1.6,
    /** A result that contains the whole query as a phrase ranks before any result that does not ("đăng ký tạm trú" before pages that only share "đăng ký"): larger than every other part of the score together. */
    phraseTier: 10,
    /** Within the phrase tier, the phrase in a strong field counts more: this times that field's weight. */
    phraseField: 0.6,
    /** The title or a keyword is exactly the query: the page is named by what was typed. */
    wholeTitle: 0.4,
    /** Share of the title's words the query covers: of two titles with the words, the one that says little else fits best. */
    titleCoverage: 0.3,
    /** Share of the words typed with tones found with exactly those tones ("đường" before "dương"): people who type tones mean them. */
    exactTones: 0.5,
  },
  limits: {
    /** Longer queries are cut (the reader is told): twice the longest title or official name in content/ today (101), and a pasted document must not freeze the page. */
    queryCharacters: 200,
    /** Distinct words of a query that are searched: a long question's first words carry its subject. */
    queryWords: 12,
    /** No typo matching for longer words: the longest word in content/ today has 17 letters, and typo matching grows with word length. */
    typoWordCharacters: 24,
    /** Words of at least this length tolerate one typo; shorter ones are too easily another word ("tam", "tim"). */
    oneTypoFrom: 4,
    /** Words of at least this length tolerate two typos. */
    twoTyposFrom: 8,
    /** Fuse.js score (0 exact, 1 anything) above which a near word is not a typo. */
    typoThreshold: 0.34,
    /** Near words Fuse.js proposes for each mistyped query word. */
    typoCandidates: 12,
    /** Candidates (best by coverage) that get the full phrase, title and tone scoring. */
    shortlist: 60,
  },
} as const;
