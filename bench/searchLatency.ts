/**
 * Search index size and query time per locale, over a content folder: the
 * measuring part shared by `npm run bench:search` (bench/search.ts) and
 * `npm run bench` (bench/bench.ts).
 *
 * "First query" is what a reader waits for after focusing the search field:
 * parsing the index and preparing it (Fuse.js index, folded fields), plus one
 * query. Each query's time is its fastest of `rounds` runs (less noise from a
 * shared machine); median and p95 are over the locale's query set. Network
 * time is not included.
 */
import { gzipSync } from 'node:zlib';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';
import { percentile } from './percentile.ts';

export interface SearchLatencyRow {
  locale: string;
  docs: number;
  rawKb: number;
  gzipKb: number;
  firstQueryMs: number;
  medianMs: number;
  p95Ms: number;
  queries: number;
}

/** Builds each locale's index from `contentDir` as the site does, and times the query sets against it. */
export async function measureSearchLatency(contentDir: string, rounds = 5): Promise<SearchLatencyRow[]> {
  allowSiteModules();
  const { readSearchIndexes } = await import('../src/search/readSearchSources.ts');
  const { createSearchEngine } = await import('../src/search/searchEngine.ts');
  const { loadQuerySets } = await import('../tests/search/relevance.ts');
  const querySets = await loadQuerySets();
  /** Locales without their own query set are timed with the Vietnamese and English sets. */
  const fallbackQueries = [...(querySets.get('vi') ?? []), ...(querySets.get('en') ?? [])];

  const rows: SearchLatencyRow[] = [];
  for (const [locale, index] of readSearchIndexes(contentDir)) {
    const json = JSON.stringify(index);
    const queries = (querySets.get(locale) ?? fallbackQueries).map((q) => q.query);
    const startFirst = performance.now();
    const engine = createSearchEngine(JSON.parse(json));
    engine.search(queries[0] ?? 'a');
    const firstQueryMs = performance.now() - startFirst;
    const times = queries.map((query) => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < rounds; round += 1) {
        const start = performance.now();
        engine.search(query);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    });
    times.sort((a, b) => a - b);
    rows.push({
      locale,
      docs: index.docs.length,
      rawKb: Buffer.byteLength(json) / 1024,
      gzipKb: gzipSync(json, { level: 9 }).length / 1024,
      firstQueryMs,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      queries: queries.length,
    });
  }
  return rows;
}
