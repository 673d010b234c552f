import { type Page, expect, test } from '@playwright/test';

/**
 * Lines break where each script allows at 320 px: Korean only between words
 * (never "컴퓨/터"), Chinese never before closing full-width punctuation, and
 * no heading, button or table pushes the page sideways.
 */

const pages = ['/ko/', '/ko/hotlines/', '/ko/handbook/temporary-residence-declaration/', '/ko/search/', '/ko/handbook/'];

/** Korean words (runs of Hangul between spaces) that the browser split over two lines. */
async function koreanWordsSplitAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], script, style, .app-visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue;
      for (const match of text.matchAll(/[\uac00-\ud7a3]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        // A word wider than its whole box may still wrap (rather than overflow); none here is.
        const box = parent.getBoundingClientRect();
        if (tops.size > 1 && range.getBoundingClientRect().width < box.width * 2) split.push(match[0]);
      }
    }
    return split;
  });
}

test.describe('line breaking per script at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const url of pages) {
    test(`Korean words stay whole on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await koreanWordsSplitAcrossLines(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('Korean and Chinese text use their script\'s line-breaking rules', async ({ page }) => {
    await page.goto('/ko/');
    const ko = await page.locator('main h1').evaluate((h) => getComputedStyle(h).wordBreak);
    expect(ko).toBe('keep-all');
    await page.goto('/zh/');
    const zh = await page.locator('main h1').evaluate((h) => getComputedStyle(h).lineBreak);
    expect(zh).toBe('strict');
  });

  for (const code of ['vi', 'en', 'ru', 'zh', 'ko']) {
    test(`${code}: headings, buttons and table cells fit their boxes`, async ({ page }) => {
      const prefix = code === 'vi' ? '' : `/${code}`;
      for (const url of [`${prefix}/`, `${prefix}/hotlines/`, `${prefix}/handbook/temporary-residence-declaration/`]) {
        await page.goto(url);
        const overflowing = await page.locator('h1, h2, h3, button, summary, th, td').evaluateAll((els) =>
          els
            .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
            .map((el) => `${el.tagName}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
        );
        expect(overflowing, url).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
      }
    });
  }
});
