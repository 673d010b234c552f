import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { readSearchIndexes } from '../../src/search/readSearchSources';
import { createSearchEngine } from '../../src/search/searchEngine';
import { loadQuerySets, topThree } from '../search/relevance';

/**
 * Relevance as a test: every realistic query in tests/search/queries.<locale>.ts
 * must bring its page into the first three results, for at least 95% of the
 * queries of each locale.
 *
 * `npm test` runs vitest before the build, so this test does not read dist/:
 * it builds each locale's index in-process from content/ with the same
 * builder as the /search-index/<locale>.json endpoint (src/search/), and
 * tests/browser/search.spec.ts checks that the built files are identical.
 */

const contentDir = path.resolve(process.env['CONTENT_DIR'] ?? 'content');
const indexes = readSearchIndexes(contentDir);
const sets = await loadQuerySets();
const minimum: Record<string, number> = { vi: 50 };

test('there is a query set for Vietnamese and English at least', () => {
  expect([...sets.keys()]).toEqual(expect.arrayContaining(['vi', 'en']));
  for (const locale of sets.keys()) expect(localeCodes).toContain(locale);
});

describe.each([...sets.entries()])('queries in %s', (locale, queries) => {
  test(`has at least ${minimum[locale] ?? 15} realistic queries`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(minimum[locale] ?? 15);
  });

  test('at least 95% find their page in the top 3', () => {
    const report = topThree(createSearchEngine(indexes.get(locale)!), locale, queries);
    const rate = report.inTop3 / report.total;
    expect(rate, `${report.inTop3}/${report.total} in the top 3. Missed:\n${report.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
