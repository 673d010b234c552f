import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { localeCodes, sourceLocale } from '../../src/i18n/locales';
import { sitemapPaths } from '../support/builtSite';

/**
 * The site on a cheap phone held in one hand: 320 and 360 px wide, big
 * enough tap targets, dark mode readable. Screenshots at 360 px of the main
 * pages in every language are saved with the test results for review.
 */

const built = new Set(sitemapPaths());
const prefix = (locale: string) => (locale === sourceLocale ? '/' : `/${locale}/`);

/**
 * The pages a reader on a phone uses most, in one language. A page the build
 * lacks keeps its place with no path, so the test fails naming it instead of
 * quietly checking fewer pages.
 */
function mainPages(locale: string): { name: string; path: string | undefined }[] {
  const p = prefix(locale);
  const procedure = [...built].find((path) => path.startsWith(`${p}handbook/`) && path.split('/').filter(Boolean).length === (p === '/' ? 2 : 3));
  const inSitemap = (path: string): string | undefined => (built.has(path) ? path : undefined);
  return [
    { name: 'home', path: inSitemap(p) },
    { name: 'procedure', path: procedure },
    { name: 'hotlines', path: inSitemap(`${p}hotlines/`) },
    { name: 'search', path: inSitemap(`${p}search/`) },
  ];
}

/** The main pages' paths; fails the test naming any page that is not built. */
function mainPaths(locale: string): { name: string; path: string }[] {
  return mainPages(locale).map(({ name, path }) => {
    expect(path, `${locale}: the ${name} page is in the sitemap`).toBeDefined();
    return { name, path: path! };
  });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const locale of localeCodes) {
  test(`${locale}: main pages at 360 px, screenshots saved`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const { name, path } of mainPaths(locale)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await horizontalOverflow(page), `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
      const file = testInfo.outputPath(`${locale}-${name}-360.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${locale} ${name} at 360 px`, { path: file, contentType: 'image/png' });
    }
  });
}

test('no page scrolls sideways at 320 or 360 px', async ({ page }) => {
  test.setTimeout(480_000);
  // Every language's main pages, plus every page in the source language.
  const paths = new Set([...localeCodes.flatMap((l) => mainPaths(l).map((p) => p.path)), ...[...built].filter((p) => !/^\/(en|ru|zh|ko)\//.test(p))]);
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 640 });
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(await horizontalOverflow(page), `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});

test('buttons, fields and navigation links are at least 24 by 24 px (WCAG 2.2, 2.5.8)', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/en/', '/en/hotlines/', '/']) {
    await page.goto(path);
    const targets = page.locator('button:visible, input:visible, select:visible, nav a:visible, .app-header a:visible');
    const count = await targets.count();
    expect(count, `${path} has targets`).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const box = await targets.nth(i).boundingBox();
      const label = await targets.nth(i).evaluate((el) => el.outerHTML.slice(0, 80));
      expect(box, label).not.toBeNull();
      expect(box!.height, `${path}: ${label}`).toBeGreaterThanOrEqual(24);
      expect(box!.width, `${path}: ${label}`).toBeGreaterThanOrEqual(24);
    }
  }
});

test('dark mode keeps text readable (colour contrast)', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/en/', '/en/hotlines/', mainPaths('en')[1]!.path]) {
    await page.goto(path);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'dark background').toBe('rgb(18, 18, 18)');
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(
      results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
      `${path} low-contrast elements`,
    ).toEqual([]);
  }
});

test('the share button copies the link and says so to screen readers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Desktop Chromium has no share sheet on Linux; make sure the copy path is the one tested.
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto('/en/hotlines/');
  await page.getByRole('button', { name: 'Copy link to this page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/hotlines\/$/);
});
