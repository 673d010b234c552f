import type FuseClass from 'fuse.js';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { allowedTypos, createSearchEngine, limitQuery } from '../../src/search/searchEngine';
import type { SearchDocument } from '../../src/search/searchIndexFormat';
import { searchWeights } from '../../src/search/searchWeights';

/**
 * Issue 17 item 5: one long word froze search (a 100 KB word: 9–33 s in
 * Node), because typo matching ran on the whole word. Deterministic checks:
 * the engine cuts the query, and never asks for typo matching on more than
 * `limits.typoWordCharacters` characters. The time itself is measured by
 * `npm run bench:search` (target: under 50 ms).
 */

/** Every pattern the engine asks Fuse.js to match; a long one is refused here rather than searched for seconds. */
const fusePatterns: string[] = [];
vi.mock('fuse.js', async (importOriginal) => {
  const { default: Fuse } = await importOriginal<{ default: typeof FuseClass }>();
  class RecordingFuse<T> extends Fuse<T> {
    override search(...args: Parameters<FuseClass<T>['search']>) {
      const text = String(args[0]);
      fusePatterns.push(text);
      return text.length > 64 ? [] : super.search(...args);
    }
  }
  return { default: RecordingFuse };
});

const { limits } = searchWeights;

function doc(u: string, t: string, d = `${t}.`): SearchDocument {
  return { u, t, d, s: 'center' };
}

const engine = createSearchEngine({
  v: 1,
  locale: 'vi',
  docs: [doc('/passport/', 'Báo mất hộ chiếu'), doc('/card/', 'Cấp thẻ tạm trú cho người nước ngoài'), doc('/hotline/', 'Đường dây nóng')],
});

beforeEach(() => {
  fusePatterns.length = 0;
});

describe('a long query', () => {
  test('a 100 KB word is cut to the query limit, and the cut is reported', () => {
    const cut = limitQuery('a'.repeat(100_000));
    expect(cut.cut).toBe(true);
    expect(cut.text).toBe('a'.repeat(limits.queryCharacters));
  });

  test('a query within the limit is kept as typed (trimmed, NFC)', () => {
    expect(limitQuery('  hộ chiếu '.normalize('NFD'))).toEqual({ text: 'hộ chiếu', cut: false });
    const exact = 'x'.repeat(limits.queryCharacters);
    expect(limitQuery(exact)).toEqual({ text: exact, cut: false });
  });

  test('a long query of words is cut at a space, never inside a word or a surrogate pair', () => {
    const words = limitQuery('hộ chiếu '.repeat(1_000));
    expect(words.cut).toBe(true);
    expect(words.text.length).toBeLessThanOrEqual(limits.queryCharacters);
    expect(words.text.endsWith('hộ') || words.text.endsWith('chiếu')).toBe(true);
    const emoji = limitQuery('😀'.repeat(limits.queryCharacters));
    expect(emoji.cut).toBe(true);
    expect(emoji.text.length % 2).toBe(0);
    expect(emoji.text.isWellFormed()).toBe(true);
  });

  test('the engine never runs typo matching on more than the word limit', () => {
    // 'ho chiue' has a typo, so the recording is seen to work.
    for (const query of ['ho chiue', 'a'.repeat(100_000), 'hochieu'.repeat(14_286), 'đăngký'.repeat(16_667), `hộ chiếu ${'b'.repeat(7_500)}`]) {
      engine.search(query);
    }
    expect(fusePatterns).toContain('chiue');
    expect(Math.max(...fusePatterns.map((p) => p.length))).toBeLessThanOrEqual(limits.typoWordCharacters);
  });

  test('a query of thousands of mistyped words asks for at most the word limit of typo matches', () => {
    engine.search(Array.from({ length: 14_000 }, (_, i) => `tu${i}`).join(' '));
    expect(fusePatterns.length).toBeLessThanOrEqual(limits.queryWords);
  });

  test('words longer than the limit tolerate no typo; real words still do', () => {
    expect(allowedTypos(limits.typoWordCharacters + 1)).toBe(0);
    expect(allowedTypos(100_000)).toBe(0);
    expect(allowedTypos('chieu'.length)).toBe(1);
    expect(engine.search('ho chiue')[0]?.doc.u).toBe('/passport/');
  });

  test('what the limit keeps is still searched: a real question followed by pasted text', () => {
    expect(engine.search(`mất hộ chiếu ${'x'.repeat(100_000)}`)[0]?.doc.u).toBe('/passport/');
  });
});
