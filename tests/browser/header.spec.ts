import { expect, test } from '@playwright/test';

/**
 * The site header as a reader meets it: one way into search on every page
 * (none repeated on the search page itself).
 */

const languages = [
  { code: 'vi', prefix: '' },
  { code: 'en', prefix: '/en' },
  { code: 'ru', prefix: '/ru' },
  { code: 'zh', prefix: '/zh' },
  { code: 'ko', prefix: '/ko' },
];

test.describe('one search entry', () => {
  for (const { code, prefix } of languages) {
    test(`${code}: the search page shows a single search box`, async ({ page }) => {
      await page.goto(`${prefix}/search/`);
      await expect(page.getByRole('searchbox')).toHaveCount(1);
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    });
  }

  test('other pages have exactly one search form, in the header, leading to the search page', async ({ page }) => {
    await page.goto('/en/hotlines/');
    const form = page.getByRole('search');
    await expect(form).toHaveCount(1);
    await expect(form).toHaveAttribute('action', '/en/search/');
    await expect(page.getByRole('banner').getByRole('search')).toHaveCount(1);
  });
});
