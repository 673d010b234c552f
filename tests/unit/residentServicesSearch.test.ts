import path from 'node:path';
import { expect, test } from 'vitest';
import { readSearchIndexes } from '../../src/search/readSearchSources';
import { createSearchEngine } from '../../src/search/searchEngine';

/**
 * Issue 19: a Vietnamese resident who types the everyday name of a service,
 * without tones, finds the residents' service first, not a foreigners' procedure.
 */
const contentDir = path.resolve(process.env['CONTENT_DIR'] ?? 'content');
const engine = createSearchEngine(readSearchIndexes(contentDir).get('vi')!);

test.each([
  ['dang ky tam tru', '/services/temporary-residence/'],
  ['lam can cuoc', '/services/citizen-id/'],
  ['cap lai giay phep lai xe', '/services/driving-licence-renewal/'],
])('"%s" finds %s first', (query, url) => {
  expect(engine.search(query, 3).map((hit) => hit.doc.u)[0]).toBe(url);
});
