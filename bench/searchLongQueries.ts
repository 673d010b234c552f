/**
 * The worst case of search: what a reader waits for when the query is huge
 * (a pasted document, a key held down, a crafted ?q= link). Issue 17 item 5:
 * a 100 KB word used to freeze the page for 18 s; the target is under 50 ms.
 *
 * Each query is timed once per round on an engine built from `contentDir`,
 * as bench/searchLatency.ts does; the fastest round counts.
 */
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

export interface LongQueryRow {
  locale: string;
  /** The slowest query of the set and its time. */
  worstQuery: string;
  worstMs: number;
}

/** Queries made to be slow: long words defeat typo matching, many words the per-word work. */
export const longQueries: readonly { name: string; query: string }[] = [
  { name: 'one 7.5 KB word', query: 'a'.repeat(7_500) },
  { name: 'one 100 KB word', query: 'a'.repeat(100_000) },
  { name: 'one 100 KB word, near words', query: 'hochieu'.repeat(14_286) },
  { name: '100 KB word with tones', query: 'đăngký'.repeat(16_667) },
  { name: '100 KB of words', query: 'thủ tục hộ chiếu tạm trú '.repeat(4_000) },
  { name: '100 KB of distinct words', query: Array.from({ length: 14_000 }, (_, i) => `tu${i}`).join(' ') },
  { name: '100 KB of Chinese', query: '暂住卡签证'.repeat(20_000) },
];

export async function measureLongQueries(contentDir: string, rounds = 3): Promise<LongQueryRow[]> {
  allowSiteModules();
  const { readSearchIndexes } = await import('../src/search/readSearchSources.ts');
  const { createSearchEngine } = await import('../src/search/searchEngine.ts');
  const rows: LongQueryRow[] = [];
  for (const [locale, index] of readSearchIndexes(contentDir)) {
    const engine = createSearchEngine(index);
    let worst = { name: '', ms: -1 };
    for (const { name, query } of longQueries) {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < rounds; round += 1) {
        const start = performance.now();
        engine.search(query);
        best = Math.min(best, performance.now() - start);
      }
      if (best > worst.ms) worst = { name, ms: best };
    }
    rows.push({ locale, worstQuery: worst.name, worstMs: worst.ms });
  }
  return rows;
}
