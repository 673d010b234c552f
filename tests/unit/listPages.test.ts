import { describe, expect, it } from 'vitest';
import { itemsOnPage, pageCount, pagedSlug } from '../../src/routing/listPages';

describe('paged lists', () => {
  it('fill as many pages as the items need, and always a first page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(470, 20)).toBe(24);
  });

  it('put page 1 at the list’s own slug and page n under it', () => {
    expect(pagedSlug('handbook/family', 1)).toBe('handbook/family');
    expect(pagedSlug('handbook/family', 3)).toBe('handbook/family/3');
  });

  it('show every item exactly once across the pages', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length, 20) }, (_, p) => itemsOnPage(items, p + 1, 20));
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(items);
  });
});
