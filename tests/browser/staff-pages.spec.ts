import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, sitemapPaths } from '../support/builtSite';

/**
 * The translation-status page is for staff: it answers at its address, but
 * readers never meet it — not in the search page's list of every page, not in
 * search results, not in the sitemap, and search engines are told to skip it.
 */

const languages = [
  { code: 'vi', prefix: '' },
  { code: 'en', prefix: '/en' },
  { code: 'ru', prefix: '/ru' },
  { code: 'zh', prefix: '/zh' },
  { code: 'ko', prefix: '/ko' },
];

for (const { code, prefix } of languages) {
  const statusUrl = `${prefix}/translations/`;

  test(`${code}: the translation-status page answers at its address but asks search engines to skip it`, async ({ page }) => {
    const response = await page.goto(statusUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('table').first()).toBeVisible();
  });

  test(`${code}: readers find no link to the translation-status page`, async ({ page }) => {
    for (const url of [`${prefix}/`, `${prefix}/search/`, `${prefix}/about/`, `${prefix}/hotlines/`]) {
      await page.goto(url);
      await expect(page.locator(`a[href="${statusUrl}"]`), url).toHaveCount(0);
    }
    const index = readFileSync(path.join(distDir, 'search-index', `${code}.json`), 'utf8');
    expect(index).not.toContain(`"${statusUrl}"`);
  });
}

test('the sitemap leaves the translation-status pages out', () => {
  expect(sitemapPaths().filter((p) => /\/translations\/$/.test(p))).toEqual([]);
});
