import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { projectRoot } from '../support/buildSite';
import { contentFields } from '../support/contentFields';
import { siteUrl } from '../support/builtSite';
import { serveFixtureProvince, useFixtureProvince } from '../support/fixtureInBrowser';

/**
 * The foreigners' handbook as a reader meets it: the index, a procedure page,
 * the card to show the officer, the printed sheet and the glossary.
 */

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
const procedureSlugs = readdirSync(path.join(contentDir, 'procedures/vi'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));

/** The procedure links of a paged life-event list, following its "next" links from the first page. */
async function proceduresOfList(page: Page, firstUrl: string): Promise<string[]> {
  const links: string[] = [];
  for (let url: string | null = firstUrl, pages = 0; url && pages < 100; pages += 1) {
    await page.goto(url);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main .app-procedure-list__link').first()).toBeVisible();
    links.push(...(await page.locator('main .app-procedure-list__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
    const next = page.locator('main a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  return links;
}

test('there are procedures to test', () => {
  expect(procedureSlugs.length).toBeGreaterThanOrEqual(15);
});

for (const { locale, prefix } of [
  { locale: 'vi', prefix: '/' },
  { locale: 'en', prefix: '/en/' },
]) {
  test(`the ${locale} index links each life event, whose pages link every procedure file`, async ({ page }) => {
    test.slow(); // it opens every life event's pages
    await page.goto(`${prefix}handbook/`);
    const events = await page.locator('main .app-handbook-index__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(events.length).toBeGreaterThanOrEqual(3);
    const reached: string[] = [];
    for (const event of events) {
      const onEvent = await proceduresOfList(page, event);
      expect(onEvent.length, event).toBeGreaterThan(0);
      reached.push(...onEvent);
    }
    expect(reached.sort()).toEqual(procedureSlugs.map((slug) => `${prefix}handbook/${slug}/`).sort());
  });
}

test.describe('a procedure page in English', () => {
  const url = '/en/handbook/temporary-residence-card/';
  const data = contentFields(contentDir, 'procedures/en/temporary-residence-card.md') as {
    officialName: string;
    documents: { name: string; nameVi: string }[];
  };

  test('shows the officer card with the Vietnamese marked lang="vi" beside the English', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url);
    const card = page.getByRole('region', { name: 'Show this to the officer' });
    await expect(card).toBeVisible();
    const name = card.locator('[lang="vi"]', { hasText: data.officialName });
    await expect(name).toBeVisible();
    for (const doc of data.documents) {
      await expect(card.locator('[lang="vi"]', { hasText: doc.nameVi }).first(), doc.nameVi).toBeVisible();
      await expect(card.locator('[lang="en"]', { hasText: doc.name }).first(), doc.name).toBeVisible();
    }
    const size = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size, 'readable across a counter').toBeGreaterThanOrEqual(22);
  });

  test('marks the Vietnamese term in its English title with lang="vi"', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).locator('[lang="vi"]')).toHaveText('thẻ tạm trú');
  });

  test('lists the documents as labelled checkboxes', async ({ page }) => {
    await page.goto(url);
    const passport = page.getByRole('checkbox', { name: /^Passport/ });
    await expect(passport).not.toBeChecked();
    await passport.check();
    await expect(passport).toBeChecked();
    await expect(page.getByRole('checkbox')).toHaveCount(data.documents.length);
  });

  test('prints without navigation, with the checklist and a QR code back to the page', async ({ page }) => {
    await page.goto(url);
    const qr = page.locator('.app-qr-code svg');
    await expect(qr, 'the QR code is for paper only').toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    await expect(page.locator('.app-qr-code')).toContainText(new URL('/en/handbook/temporary-residence-card', siteUrl).href.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Show this to the officer' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main sections' })).toBeHidden();
    await expect(page.locator('header.app-header')).toBeHidden();
    await expect(page.locator('footer.app-footer')).toBeHidden();
  });

  test('sends the reader to the official listing for facts it does not know', async ({ page }) => {
    await page.goto('/en/handbook/permanent-residence-card/');
    const { online } = contentFields(contentDir, 'procedures/en/permanent-residence-card.md') as { online: { url: string } };
    const summary = page.getByRole('region', { name: 'At a glance' });
    await expect(summary.getByRole('link', { name: 'See the official listing' }).first()).toHaveAttribute('href', online.url);
    await expect(page.getByRole('link', { name: "This procedure's official page" })).toHaveAttribute('href', online.url);
  });

  test('without an official page of its own, sends the reader to look the procedure up on the portal', async ({ page }) => {
    const { online } = contentFields(contentDir, 'procedures/en/birth-registration.md') as { online: { url?: string } };
    expect(online.url, 'the test needs a procedure without an online address').toBeUndefined();
    await page.goto('/en/handbook/birth-registration/');
    await expect(page.getByRole('link', { name: 'Look this procedure up on the National Public Service Portal' })).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\/?$/);
  });

  test('links its terms to the glossary, where each has its Vietnamese word', async ({ page }) => {
    await page.goto(url);
    const term = page.getByRole('region', { name: 'Words used on this page' }).getByRole('link').first();
    const href = await term.getAttribute('href');
    expect(href).toMatch(/^\/en\/glossary\/#term-/);
    await term.click();
    const entry = page.locator(new URL(href!, 'http://x').hash);
    await expect(entry).toBeVisible();
    await expect(entry.locator('[lang="vi"]')).toHaveCount(1);
  });
});

test('the glossary lists at least 12 terms, each with its Vietnamese word marked lang="vi"', async ({ page }) => {
  await page.goto('/en/glossary/');
  const entries = page.locator('.app-glossary__entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(12);
  for (const entry of await entries.all()) {
    await expect(entry.locator('dt [lang="vi"]')).toHaveCount(1);
  }
});

// Every real procedure is translated: the fixture province's
// `sample-certificate` exists in Vietnamese only.
test.describe('an untranslated procedure', () => {
  test.use({ serviceWorkers: 'block' });
  useFixtureProvince();
  test('marks its Vietnamese text, not the interface around it, as lang="vi"', async ({ page }) => {
    test.setTimeout(120_000);
    const origin = await serveFixtureProvince(page);
    for (const locale of ['ru', 'zh', 'ko']) {
      const response = await page.goto(`${origin}/${locale}/handbook/sample-certificate/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi');
      const cardHeading = page.locator('#app-officer-card-heading');
      const langOfHeading = await cardHeading.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'));
      expect(langOfHeading).toBe(await page.locator('html').getAttribute('lang'));
      expect(langOfHeading).not.toBe('vi');
    }
  });
});
