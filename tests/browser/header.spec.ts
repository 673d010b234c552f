import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { projectRoot } from '../support/buildSite';

/**
 * The site header as a reader meets it: one way into search on every page
 * (none repeated on the search page itself), who runs the site named in
 * the header and the footer, and on a small phone a header compact enough
 * that the page's title shows in the first screen, its language and menu
 * buttons working without JavaScript.
 */

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
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

  for (const path of ['/404.html', '/en/404/']) {
    test(`the page-not-found page ${path} offers one search form, its own, not the header's again`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    });
  }
});

test.describe('who runs this site', () => {
  /** The publisher's name in each language, as content/facts.yaml gives it for the agency site.yaml names. */
  const siteYaml = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { publisher?: string; managingAgency: string };
  const facts = parse(readFileSync(path.join(contentDir, 'facts.yaml'), 'utf8')) as Record<string, { name: Record<string, string> }>;
  const publisher = facts[siteYaml.publisher ?? siteYaml.managingAgency]!;

  for (const { code, prefix } of languages) {
    test(`${code}: header and footer name the publisher beside the site mark`, async ({ page }) => {
      await page.goto(`${prefix}/hotlines/`);
      const name = publisher.name[code] ?? publisher.name['vi']!;
      const header = page.getByRole('banner');
      await expect(header.locator('svg.app-site-mark')).toBeVisible();
      await expect(header.locator('svg.app-site-mark')).toHaveAttribute('aria-hidden', 'true');
      await expect(header.getByText(name, { exact: true })).toBeVisible();
      const footer = page.getByRole('contentinfo');
      await expect(footer.locator('svg.app-site-mark')).toBeVisible();
      await expect(footer).toContainText(name);
    });
  }

  test('on a narrow phone the footer still names the publisher', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/ru/');
    const identity = page.getByRole('contentinfo').locator('.app-footer__names');
    await expect(identity).toBeVisible();
    await expect(identity).toContainText(publisher.name['ru']!);
  });
});

test.describe('compact header on a 320 px phone', () => {
  // Several page loads per test on a shared two-core machine: allow time, not speed, to vary.
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { code, prefix } of languages) {
    test(`${code}: the page's title is in the first screen`, async ({ page }) => {
      for (const url of [`${prefix}/`, `${prefix}/hotlines/`, `${prefix}/handbook/marriage-registration/`]) {
        await page.goto(url);
        const nav = (await page.locator('.app-main-nav').boundingBox())!;
        expect(nav.y + nav.height, `${url}: header and menu end by 200 px`).toBeLessThanOrEqual(200);
        const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
        expect(title.y + title.height, `${url}: the whole title shows without scrolling`).toBeLessThanOrEqual(640);
      }
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the language button opens the list of languages and a link changes language', async ({ page }) => {
      await page.goto('/ru/hotlines/');
      const switcher = page.getByRole('navigation', { name: 'Выберите язык' });
      await expect(switcher).toBeHidden();
      await page.locator('.app-header__languages summary').click();
      await expect(switcher).toBeVisible();
      await switcher.getByRole('link', { name: '한국어' }).click();
      await expect(page).toHaveURL(/\/ko\/hotlines\/$/);
    });

    test('the menu button opens the main sections and a link leads there', async ({ page }) => {
      await page.goto('/en/');
      const nav = page.getByRole('navigation', { name: 'Main sections' });
      await expect(nav).toBeHidden();
      await page.locator('.app-main-nav summary').click();
      await expect(nav).toBeVisible();
      await nav.getByRole('link').last().click();
      await expect(page).not.toHaveURL(/\/en\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});
