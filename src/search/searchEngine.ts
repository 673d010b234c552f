import Fuse from 'fuse.js';
import { foldCase, hasTones, needsSubstringMatch, normaliseVietnamese, toNfc, wordsOf } from './normaliseVietnamese';
import type { SearchDocument, SearchIndexFile } from './searchIndexFormat';
import { searchWeights } from './searchWeights';

/**
 * Ranks a locale's index for a query. Runs in the search island and, in
 * Node, in the relevance test and the benchmark.
 *
 * - Fuse.js (token search with tone-insensitive matching) finds candidates,
 *   tolerating typos, in any word order.
 * - The ranking then rewards where the words were found (title and aliases
 *   before the summary), whole phrases, and — when the reader typed tones —
 *   words with exactly those tones ("đường" before "dương").
 * - Queries in Chinese, Japanese, Korean or Thai match as substrings.
 * - A query is cut to a bounded length first (limitQuery), and typo
 *   matching runs only on words of a bounded length, so no query, however
 *   long, can freeze the page.
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

/**
 * Where a query token occurs in a field: at the start of a word (so "tam"
 * finds "tạm trú" but not "thẩm"), as a near miss of a whole word (typos),
 * or anywhere for scripts written without spaces.
 */
function tokenRanges(f: Field, token: string, substring: boolean): { ranges: Range[]; strength: number } {
  const ranges: Range[] = [];
  if (substring) {
    for (let at = f.folded.indexOf(token); at !== -1; at = f.folded.indexOf(token, at + token.length)) ranges.push([at, at + token.length]);
    return { ranges, strength: ranges.length > 0 ? 1 : 0 };
  }
  let strength = 0;
  const typos = allowedTypos(token.length);
  for (const match of f.folded.matchAll(wordPattern)) {
    const word = match[0];
    const start = match.index;
    if (word === token) {
      ranges.push([start, start + word.length]);
      strength = 1;
    } else if (token.length >= 2 && word.startsWith(token)) {
      ranges.push([start, start + token.length]);
      strength = Math.max(strength, matchWeights.prefix);
    } else if (typos > 0 && word.length >= 3 && editDistance(word, token, typos) <= typos) {
      ranges.push([start, start + word.length]);
      strength = Math.max(strength, matchWeights.typo);
    }
  }
  return { ranges, strength };
}

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

  /** The vocabulary words a query word stands for, with how well each matches (1 = exactly). */
  function expand(token: string, substring: boolean): Map<string, number> {
    const words = new Map<string, number>();
    if (substring) {
      for (const word of vocabulary) if (word.includes(token)) words.set(word, word === token ? matchWeights.exact : matchWeights.substring);
      return words;
    }
    if (postings.has(token)) words.set(token, matchWeights.exact);
    if (token.length >= 2) for (const word of withPrefix(token)) if (word !== token) words.set(word, matchWeights.prefix);
    if (!postings.has(token) && allowedTypos(token.length) > 0) {
      for (const result of fuzzyWords.search(token, { limit: limits.typoCandidates })) {
        const word = result.item;
        if (!words.has(word) && editDistance(word, token, allowedTypos(token.length)) <= allowedTypos(token.length)) {
          words.set(word, matchWeights.typo * (1 - (result.score ?? 0)));
        }
      }
    }
    return words;
  }

  function rescore(i: number, base: number, tokens: string[], phrase: string, toned: string[], substring: boolean): number {
    const p = prepared[i] as Prepared;
    let score = base;
    if (tokens.length > 1) {
      const phraseField = p.fields.find((f) => (substring ? f.folded.includes(phrase) : f.spaced.includes(` ${phrase} `)));
      if (phraseField) score += bonus.phraseField * phraseField.weight;
    }
    const whole = p.fields.find((f) => (f.kind === 'title' || f.kind === 'k') && f.spaced.trim() === phrase);
    if (whole) score += bonus.wholeTitle;
    const titleField = p.fields[0] as Field;
    // Of two titles that both contain the words, the one that says little else fits best.
    const titleWords = wordsOf(titleField.folded);
    const titleHits = titleWords.filter((w) => tokens.some((t) => w === t || (t.length >= 2 && w.startsWith(t)))).length;
    if (titleWords.length > 0) score += (bonus.titleCoverage * titleHits) / titleWords.length;
    if (toned.length > 0) {
      p.tonedWords ??= new Set(p.fields.flatMap((f) => wordsOf(foldCase(f.text))));
      const words = p.tonedWords;
      score += (bonus.exactTones * toned.filter((w) => words.has(w)).length) / toned.length;
    }
    return score;
  }

  /** Highlights and snippet, only for the results shown. */
  function highlight(i: number, score: number, tokens: string[], substring: boolean): SearchHit {
    const p = prepared[i] as Prepared;
    const titleField = p.fields[0] as Field;

    const marksByField = new Map<Field, Range[]>();
    for (const f of p.fields) {
      const ranges = tokens.flatMap((token) => tokenRanges(f, token, substring).ranges);
      if (ranges.length > 0) marksByField.set(f, mergeRanges(ranges));
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
      const text = limitQuery(query).text;
      const folded = normaliseVietnamese(text);
      const tokens = [...new Set(wordsOf(folded))].slice(0, limits.queryWords);
      if (tokens.length === 0) return [];
      const phrase = tokens.join(' ');
      const substring = needsSubstringMatch(folded);
      const toned = hasTones(text) ? wordsOf(foldCase(text)).filter((w) => normaliseVietnamese(w) !== w) : [];

      // First pass: each query word's best match per document, weighted by
      // the field and by how rare the word is (IDF).
      const coverage = new Map<number, number>();
      const found = new Map<number, number>();
      let totalWeight = 0;
      for (const token of tokens) {
        const best = new Map<number, number>();
        let documentsWithWord = 0;
        for (const [word, strength] of expand(token, substring)) {
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
      const minimumFound = substring ? Math.ceil(tokens.length / 2) : 1;
      const candidates = [...coverage]
        .filter(([doc]) => (found.get(doc) ?? 0) >= minimumFound)
        .map(([doc, value]) => ({ doc, base: (bonus.coverage * value) / totalWeight }))
        .sort((a, b) => b.base - a.base)
        .slice(0, Math.max(limits.shortlist, limit));
      return candidates
        .map(({ doc, base }) => ({ doc, score: rescore(doc, base, tokens, phrase, toned, substring) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ doc, score }) => highlight(doc, score, tokens, substring));
    },
  };
}
