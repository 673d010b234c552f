import Fuse from 'fuse.js';
import { foldCase, hasTones, needsSubstringMatch, normaliseVietnamese, toNfc, wordsOf } from './normaliseVietnamese';
import type { SearchDocument, SearchIndexFile } from './searchIndexFormat';
import { searchWeights } from './searchWeights';

/**
 * Ranks a locale's index for a query. Runs in the search island and, in
 * Node, in the relevance test and the benchmark.
 *
 * - Query words match whole words, tones aside, in any order; the last word
 *   also matches the beginning of a word (the reader is still typing it)
 *   unless it is a whole word itself; Fuse.js proposes near words for a word
 *   the index does not have (typos), for words of a bounded length only.
 * - The ranking then puts results with the whole phrase first, and rewards
 *   where the words were found (title and aliases before the summary) and —
 *   when the reader typed tones — words with exactly those tones ("đường"
 *   before "dương").
 * - Queries in Chinese, Japanese, Korean or Thai match as substrings.
 * - A query is cut to a bounded length first (limitQuery), so no query,
 *   however long, can freeze the page.
 *
 * Every weight and limit is in src/search/searchWeights.ts.
 */

/** A [start, end) range of UTF-16 positions in a displayed text. */
export type Range = readonly [number, number];

export type SnippetField = 'd' | 'o' | 'h' | 'k' | 'a';

export interface SearchHit {
  doc: SearchDocument;
  /** Higher is better; only the order means anything. */
  score: number;
  /** Where the query matched the title. */
  titleMarks: Range[];
  /** The text shown under the title, with the matches to highlight. */
  snippet: { field: SnippetField; text: string; marks: Range[] };
}

interface Field {
  /** Displayed text (NFC). */
  text: string;
  /** Folded text, the same length as `text`. */
  folded: string;
  /** Folded words with spaces around, for phrase tests. */
  spaced: string;
  weight: number;
  kind: 'title' | SnippetField;
}

interface Prepared {
  doc: SearchDocument;
  fields: Field[];
  /** Words with their tones (lower case), for the exact-tone bonus; made when first needed. */
  tonedWords?: Set<string>;
}

const { field: fieldWeights, match: matchWeights, bonus, limits } = searchWeights;

/** How much a match counts in each place. */
const fieldWeight: Record<Field['kind'], number> = {
  title: fieldWeights.title,
  k: fieldWeights.keywords,
  o: fieldWeights.officialName,
  a: fieldWeights.aliases,
  h: fieldWeights.headings,
  d: fieldWeights.summary,
};

function field(text: string, kind: Field['kind']): Field {
  const folded = normaliseVietnamese(text);
  return { text, folded, spaced: ` ${wordsOf(folded).join(' ')} `, weight: fieldWeight[kind], kind };
}

function prepare(doc: SearchDocument): Prepared {
  const fields = [field(doc.t, 'title')];
  for (const keyword of doc.k ?? []) fields.push(field(keyword, 'k'));
  if (doc.o) fields.push(field(doc.o, 'o'));
  for (const alias of doc.a ?? []) fields.push(field(alias, 'a'));
  for (const heading of doc.h ?? []) fields.push(field(heading, 'h'));
  fields.push(field(doc.d, 'd'));
  return { doc, fields };
}

/** Levenshtein distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Typos tolerated in a word of this length: none in short words, and none in
 * words longer than any real word, so typo matching never runs on a long
 * (pasted or crafted) word.
 */
export function allowedTypos(length: number): number {
  if (length > limits.typoWordCharacters) return 0;
  return length >= limits.twoTyposFrom ? 2 : length >= limits.oneTypoFrom ? 1 : 0;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** The query as searched: trimmed, NFC, and at most `limits.queryCharacters` long. */
export interface LimitedQuery {
  text: string;
  /** Whether the reader's query was longer and was cut (the page says so). */
  cut: boolean;
}

/**
 * Cuts a query to `limits.queryCharacters` characters, at the last space
 * when there is one in the second half (so no word is cut in two), and never
 * inside a surrogate pair.
 */
export function limitQuery(query: string): LimitedQuery {
  const max = limits.queryCharacters;
  const text = toNfc(query).trim();
  if (text.length <= max) return { text, cut: false };
  let end: number = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) end = space;
  else if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  return { text: text.slice(0, end).trim(), cut: true };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Cuts a long text around its first match, keeping the marks in place. */
function window(text: string, marks: Range[], size = 180): { text: string; marks: Range[] } {
  if (text.length <= size) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - 40);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const kept = marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s + shift, e + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, marks: kept };
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}

/** Where a folded word occurs: document and field. */
interface Posting {
  doc: number;
  field: number;
}

/** How a vocabulary word matches a query word: as a whole word, or by its beginning (the typed part is highlighted). */
interface WordMatch {
  strength: number;
  /** For a prefix match: how many characters of the word were typed. */
  prefix?: number;
}

/** A query, ready to rank: its words, what each stands for in the vocabulary, and its phrase. */
interface Query {
  tokens: string[];
  /** Query word → vocabulary word → how it matches. */
  expansions: Map<string, Map<string, WordMatch>>;
  /** Every vocabulary word the query matches, best match kept: what is highlighted. */
  matched: Map<string, WordMatch>;
  /** The words in the order typed, to find the phrase; undefined for one word. */
  phrase?: { text: string; open: boolean };
  toned: string[];
  substring: boolean;
}

export function createSearchEngine(index: SearchIndexFile): SearchEngine {
  const prepared = index.docs.map(prepare);
  // An inverted index of folded words: a query only touches the documents
  // that contain its words, so time grows with matches, not with the corpus.
  const postings = new Map<string, Posting[]>();
  prepared.forEach((p, doc) =>
    p.fields.forEach((f, field) => {
      for (const word of new Set(wordsOf(f.folded))) {
        let list = postings.get(word);
        if (!list) postings.set(word, (list = []));
        list.push({ doc, field });
      }
    }),
  );
  const vocabulary = [...postings.keys()].sort();
  const documentCount = Math.max(1, prepared.length);
  // Fuse.js finds near-miss words (typos) in the vocabulary, only for query
  // words the vocabulary does not contain. ignoreDiacritics folds marks of
  // other scripts the same way on both sides.
  const fuzzyWords = new Fuse(vocabulary, { ignoreDiacritics: true, threshold: limits.typoThreshold, includeScore: true, minMatchCharLength: 2 });

  /** Vocabulary words starting with `token`, by binary search in the sorted list. */
  function withPrefix(token: string): string[] {
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((vocabulary[mid] as string) < token) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < vocabulary.length && (vocabulary[i] as string).startsWith(token); i += 1) out.push(vocabulary[i] as string);
    return out;
  }

  /**
   * The vocabulary words a query word stands for. `typing`: it is the last
   * word and the reader may not have finished it, so the beginnings of
   * longer words count too — unless it is a whole word itself ("tru" is
   * "trú", not the start of "trước" or "Trung").
   */
  function expand(token: string, substring: boolean, typing: boolean): Map<string, WordMatch> {
    const words = new Map<string, WordMatch>();
    if (substring) {
      for (const word of vocabulary) if (word.includes(token)) words.set(word, { strength: word === token ? matchWeights.exact : matchWeights.substring });
      return words;
    }
    if (postings.has(token)) {
      words.set(token, { strength: matchWeights.exact });
      return words;
    }
    if (typing && token.length >= 2) for (const word of withPrefix(token)) words.set(word, { strength: matchWeights.prefix, prefix: token.length });
    const typos = allowedTypos(token.length);
    if (typos > 0) {
      for (const result of fuzzyWords.search(token, { limit: limits.typoCandidates })) {
        const word = result.item;
        if (!words.has(word) && editDistance(word, token, typos) <= typos) {
          words.set(word, { strength: matchWeights.typo * (1 - (result.score ?? 0)) });
        }
      }
    }
    return words;
  }

  function parse(rawQuery: string): Query | undefined {
    const { text, cut } = limitQuery(rawQuery);
    const folded = normaliseVietnamese(text);
    const words = wordsOf(folded).slice(0, limits.queryWords * 4);
    const tokens = [...new Set(words)].slice(0, limits.queryWords);
    if (tokens.length === 0) return undefined;
    const substring = needsSubstringMatch(folded);
    // The last word is still being typed unless the reader typed a space after it
    // (a cut query ends in a word that was cut: typing, too).
    const last = words.at(-1) as string;
    const typing = cut || !/\s$/.test(rawQuery);
    const expansions = new Map<string, Map<string, WordMatch>>();
    const matched = new Map<string, WordMatch>();
    for (const token of tokens) {
      const words = expand(token, substring, typing && token === last);
      expansions.set(token, words);
      for (const [word, match] of words) {
        const known = matched.get(word);
        if (!known || (known.prefix !== undefined && match.prefix === undefined)) matched.set(word, match);
      }
    }
    const inOrder = words.slice(0, limits.queryWords);
    const phraseOpen = typing && !postings.has(last) && inOrder.at(-1) === last;
    const phrase = inOrder.length > 1 ? { text: inOrder.join(' '), open: phraseOpen && !substring } : undefined;
    const toned = hasTones(text) ? wordsOf(foldCase(text)).filter((w) => normaliseVietnamese(w) !== w) : [];
    return { tokens, expansions, matched, ...(phrase ? { phrase } : {}), toned, substring };
  }

  /** Whether a field contains the query's words as one phrase (the last one possibly unfinished). */
  function hasPhrase(f: Field, q: Query): boolean {
    if (!q.phrase) return false;
    if (q.substring) return f.folded.includes(q.phrase.text);
    return f.spaced.includes(q.phrase.open ? ` ${q.phrase.text}` : ` ${q.phrase.text} `);
  }

  function rescore(i: number, base: number, q: Query): number {
    const p = prepared[i] as Prepared;
    let score = base;
    let phraseWeight = 0;
    for (const f of p.fields) if (f.weight > phraseWeight && hasPhrase(f, q)) phraseWeight = f.weight;
    if (phraseWeight > 0) score += bonus.phraseTier + bonus.phraseField * phraseWeight;
    const typed = q.tokens.join(' ');
    if (p.fields.some((f) => (f.kind === 'title' || f.kind === 'k') && f.spaced.trim() === typed)) score += bonus.wholeTitle;
    const titleField = p.fields[0] as Field;
    const titleWords = wordsOf(titleField.folded);
    const titleHits = titleWords.filter((w) => q.matched.has(w)).length;
    if (titleWords.length > 0) score += (bonus.titleCoverage * titleHits) / titleWords.length;
    if (q.toned.length > 0) {
      p.tonedWords ??= new Set(p.fields.flatMap((f) => wordsOf(foldCase(f.text))));
      const words = p.tonedWords;
      score += (bonus.exactTones * q.toned.filter((w) => words.has(w)).length) / q.toned.length;
    }
    return score;
  }

  /** What to highlight in a field: whole matched words, the typed part of a prefix match, or substrings. */
  function fieldMarks(f: Field, q: Query): Range[] {
    const ranges: Range[] = [];
    if (q.substring) {
      for (const token of q.tokens) {
        for (let at = f.folded.indexOf(token); at !== -1; at = f.folded.indexOf(token, at + token.length)) ranges.push([at, at + token.length]);
      }
      return mergeRanges(ranges);
    }
    for (const match of f.folded.matchAll(wordPattern)) {
      const found = q.matched.get(match[0]);
      if (found) ranges.push([match.index, match.index + (found.prefix ?? match[0].length)]);
    }
    return ranges;
  }

  /** Highlights and snippet, only for the results shown. */
  function highlight(i: number, score: number, q: Query): SearchHit {
    const p = prepared[i] as Prepared;
    const titleField = p.fields[0] as Field;

    const marksByField = new Map<Field, Range[]>();
    for (const f of p.fields) {
      const ranges = fieldMarks(f, q);
      if (ranges.length > 0) marksByField.set(f, ranges);
    }
    const titleMarks = marksByField.get(titleField) ?? [];
    // The summary, unless only another field (official name, a heading, an
    // alias) explains why the page was found: then that field.
    let snippetField = p.fields.find((f) => f.kind === 'd') as Field;
    let snippetMarks = marksByField.get(snippetField) ?? [];
    if (snippetMarks.length === 0 && titleMarks.length === 0) {
      for (const [f, marks] of marksByField) {
        if (f !== titleField && marks.length > snippetMarks.length) {
          snippetField = f;
          snippetMarks = marks;
        }
      }
    }
    const cut = window(snippetField.text, snippetMarks);
    return { doc: p.doc, score, titleMarks, snippet: { field: snippetField.kind as SnippetField, text: cut.text, marks: cut.marks } };
  }

  return {
    size: prepared.length,
    search(query, limit = 20) {
      const q = parse(query);
      if (!q) return [];

      // First pass: each query word's best match per document, weighted by
      // the field and by how rare the word is (IDF).
      const coverage = new Map<number, number>();
      const found = new Map<number, number>();
      let totalWeight = 0;
      for (const token of q.tokens) {
        const best = new Map<number, number>();
        let documentsWithWord = 0;
        for (const [word, { strength }] of q.expansions.get(token) ?? []) {
          const list = postings.get(word) ?? [];
          documentsWithWord = Math.max(documentsWithWord, list.length);
          for (const { doc, field } of list) {
            const value = strength * (prepared[doc]?.fields[field]?.weight ?? 0);
            if (value > (best.get(doc) ?? 0)) best.set(doc, value);
          }
        }
        const idf = Math.log(1 + (documentCount + 0.5) / (documentsWithWord + 0.5));
        totalWeight += idf;
        for (const [doc, value] of best) {
          coverage.set(doc, (coverage.get(doc) ?? 0) + idf * value);
          found.set(doc, (found.get(doc) ?? 0) + 1);
        }
      }
      const minimumFound = q.substring ? Math.ceil(q.tokens.length / 2) : 1;
      const candidates = [...coverage]
        .filter(([doc]) => (found.get(doc) ?? 0) >= minimumFound)
        .map(([doc, value]) => ({ doc, base: (bonus.coverage * value) / totalWeight }))
        .sort((a, b) => b.base - a.base)
        .slice(0, Math.max(limits.shortlist, limit));
      return candidates
        .map(({ doc, base }) => ({ doc, score: rescore(doc, base, q) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ doc, score }) => highlight(doc, score, q));
    },
  };
}
