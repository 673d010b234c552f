import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../support/buildSite';
import { serveFixtureProvince, useFixtureProvince } from '../support/fixtureInBrowser';
import { locales } from '../../src/i18n/locales';

// Several page loads per test on a shared two-core machine: allow time, not speed, to vary.
test.describe.configure({ timeout: 120_000 });

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
const frontmatterField = (file: string, field: string): string | undefined =>
  new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(readFileSync(file, 'utf8'))?.[1]?.trim().replace(/^["']|["']$/g, '');

/** The slug of the page whose view is `handbook`; procedures live under it. */
const handbookSlug =
  readdirSync(path.join(contentDir, 'pages/vi'))
    .filter((f) => f.endsWith('.md'))
    .find((f) => frontmatterField(path.join(contentDir, 'pages/vi', f), 'view') === 'handbook')
    ?.replace(/\.md$/, '') ?? 'handbook';
const procedures = readdirSync(path.join(contentDir, 'procedures/vi'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
const urlOf = (code: string, slug: string): string => (code === 'vi' ? `/${slug}/` : `/${code}/${slug}/`);
/** The title a reader sees in a locale: its translation's, or the Vietnamese one on a fallback page. */
const titleIn = (code: string, slug: string): string => {
  for (const candidate of [code, 'vi']) {
    try {
      return frontmatterField(path.join(contentDir, 'procedures', candidate, `${slug}.md`), 'title')!;
    } catch {
      continue;
    }
  }
  throw new Error(`no title for ${slug}`);
};

test.describe('language switcher on a procedure page', () => {
  test('there are procedures to switch between', () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  for (const slug of procedures.slice(0, 2)) {
    test(`lands on the same procedure (${slug}) in every language`, async ({ page }) => {
      await page.goto(urlOf('vi', `${handbookSlug}/${slug}`));
      let current = 'vi';
      for (const target of [...locales.slice(1), locales[0]!]) {
        const here = locales.find((l) => l.code === current)!;
        const switcher = page.locator('nav.app-language-switcher');
        await expect(switcher.locator('a[aria-current="true"]')).toHaveText(here.label);
        const link = switcher.getByRole('link', { name: target.label, exact: true });
        await expect(link).toHaveAttribute('hreflang', target.lang);
        await expect(link).toHaveAttribute('lang', target.lang);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${urlOf(target.code, `${handbookSlug}/${slug}`).replace(/\//g, '\\/')}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleIn(target.code, slug));
        current = target.code;
      }
    });
  }
});

test.describe('language switcher on a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const code of ['vi', 'ru', 'zh', 'ko']) {
    test(`shows all five languages without sideways scrolling (${code})`, async ({ page }) => {
      await page.goto(urlOf(code, 'hotlines'));
      // The languages sit behind a button naming the current one (details/summary).
      await page.locator('.app-header__languages summary').click();
      const links = page.locator('nav.app-language-switcher a');
      await expect(links).toHaveCount(locales.length);
      for (const link of await links.all()) {
        await expect(link).toBeVisible();
        const box = (await link.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The search button's label stays on one line (Chinese may break between any two characters).
      const button = (await page.locator('.app-header-search__button').boundingBox())!;
      expect(button.height).toBeLessThan(56);
    });
  }
});

// The real content is translated everywhere, so a page without a translation
// is opened in the fixture province (tests/fixtures/province), where
// `only-vi` exists in Vietnamese only.
test.describe('fallback page', () => {
  test.use({ serviceWorkers: 'block' });
  useFixtureProvince();

  for (const l of locales.slice(1)) {
    test(`says in the reader's language that the Vietnamese is shown, and marks it as Vietnamese (${l.code})`, async ({ page }) => {
      const origin = await serveFixtureProvince(page);
      const response = await page.goto(`${origin}/${l.code}/only-vi/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.locator('.app-translation-notice--fallback')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang chỉ có tiếng Việt');
    });
  }
});
