import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { searchWeights } from '../../src/search/searchWeights';

/**
 * Issue 16: the search ranking's weights in one table. The engine reads
 * src/search/searchWeights.ts; docs/search-ranking.md shows the same table to
 * editors. This test keeps the two the same, row for row.
 */

function flatten(table: Record<string, Record<string, number>>): [string, number][] {
  return Object.entries(table).flatMap(([group, weights]) => Object.entries(weights).map(([name, value]): [string, number] => [`${group}.${name}`, value]));
}

test('docs/search-ranking.md lists every weight of searchWeights, with its value, in the same order', () => {
  const page = readFileSync('docs/search-ranking.md', 'utf8');
  const rows = [...page.matchAll(/^\| `([\w.]+)` \| ([\d.]+) \| (.+) \|$/gm)].map((m): [string, number] => [m[1]!, Number(m[2])]);
  expect(rows).toEqual(flatten(searchWeights));
});

test('every row says why', () => {
  const page = readFileSync('docs/search-ranking.md', 'utf8');
  for (const m of page.matchAll(/^\| `([\w.]+)` \| [\d.]+ \| (.*) \|$/gm)) expect(m[2]!.trim().length, m[1]).toBeGreaterThan(20);
});
