import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageUrl } from '../../src/routing/urls';
import { type Locale, isLocale } from '../../src/i18n/locales';
import type { SearchEngine } from '../../src/search/searchEngine';
import type { ExpectedQuery } from './querySet';

/** The query sets, one file per locale: tests/search/queries.<locale>.ts. */
export async function loadQuerySets(): Promise<Map<Locale, readonly ExpectedQuery[]>> {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const sets = new Map<Locale, readonly ExpectedQuery[]>();
  for (const file of readdirSync(folder).sort()) {
    const locale = /^queries\.([a-z-]+)\.ts$/.exec(file)?.[1];
    if (!isLocale(locale)) continue;
    const module = (await import(path.join(folder, file))) as { queries: readonly ExpectedQuery[] };
    sets.set(locale, module.queries);
  }
  return sets;
}

export interface RelevanceReport {
  total: number;
  inTop3: number;
  misses: string[];
}

/** Runs a query set and says how many expected pages came in the first three. */
export function topThree(engine: SearchEngine, locale: Locale, queries: readonly ExpectedQuery[]): RelevanceReport {
  const misses: string[] = [];
  let inTop3 = 0;
  for (const { query, expect, why } of queries) {
    const wanted = pageUrl(locale, expect);
    const got = engine.search(query, 3).map((hit) => hit.doc.u);
    if (got.includes(wanted)) inTop3 += 1;
    else misses.push(`"${query}"${why ? ` (${why})` : ''}: expected ${wanted}, got ${got.join(', ') || 'nothing'}`);
  }
  return { total: queries.length, inTop3, misses };
}
