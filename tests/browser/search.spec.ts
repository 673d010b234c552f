import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect as baseExpect, test } from '@playwright/test';
import { projectRoot } from '../support/buildSite';
import { distDir } from '../support/builtSite';
import { localeCodes } from '../../src/i18n/locales';
import { pageUrl } from '../../src/routing/urls';
import { readSearchIndexes } from '../../src/search/readSearchSources';
import { pageSections } from '../../src/schemas/page';
import { searchWeights } from '../../src/search/searchWeights';
import type { SearchIndexFile } from '../../src/search/searchIndexFormat';

/**
 * Search as a reader meets it: the page works as a plain form without
 * JavaScript; with it, the results island loads only once the reader starts
 * searching, ranks, highlights with <mark> (never HTML), announces the count,
 * and can be used from the keyboard alone.
 */

// The island, React and the index load on demand: allow for a slow, shared machine.
const { queryCharacters } = searchWeights.limits;
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
const indexes = readSearchIndexes(contentDir);
const payloads = ['&amp;<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>'];

/** Fails the test on any dialog (alert) and on any element a payload could create. */
async function expectNoInjection(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  await expect(page.locator('main img, main script:not([type]), main svg[onload], [onerror], [onload]')).toHaveCount(0);
}

test('the built indexes are the ones the relevance test ranks (same content, same builder)', () => {
  for (const [locale, expected] of indexes) {
    const built = JSON.parse(readFileSync(path.join(distDir, 'search-index', `${locale}.json`), 'utf8')) as SearchIndexFile;
    expect(built, `/search-index/${locale}.json`).toEqual(expected);
  }
});

test('no island code or index is downloaded until the reader focuses the field', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  const before = new Set(requests);
  expect([...before].filter((p) => p.startsWith('/search-index/'))).toEqual([]);

  const index = page.waitForResponse((response) => response.url().endsWith('/search-index/vi.json'));
  await page.locator('#app-search-query').focus();
  await index;
  const loaded = requests.filter((p) => p.endsWith('.js') && !before.has(p));
  expect(loaded.length, 'the island is loaded on focus').toBeGreaterThan(0);
  expect(loaded.some((p) => /mountSearchResults/.test(p))).toBe(true);
});

test('?q= shows ranked, highlighted results on load, with the count announced', async ({ page }) => {
  await page.goto('/search/?q=ho+chieu');
  await expect(page.locator('#app-search-query')).toHaveValue('ho chieu');
  const first = page.locator('.app-search-results__item').first();
  // A passport page comes first (the lost-passport journey or the procedure it leads to).
  await expect(first.locator('a')).toHaveAttribute('href', /passport/);
  await expect(first.locator('mark').first()).toHaveText(/hộ|chiếu/i);
  const status = page.locator('.app-search-results__status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const count = await page.locator('.app-search-results__item').count();
  await expect(status).toHaveText(`${count} kết quả cho “ho chieu”`);
});

test('typing without tones finds the card, the address keeps the query, and the keyboard moves through results', async ({ page }) => {
  await page.goto('/en/search/');
  const input = page.locator('#app-search-query');
  await input.click();
  await input.pressSequentially('TRC');
  const first = page.locator('.app-search-results__link').first();
  await expect(first).toHaveAttribute('href', '/en/handbook/temporary-residence-card/');
  await expect(page.locator('.app-search-results__status')).toHaveText(/^\d+ results? for “TRC”$/);
  await expect(page).toHaveURL(/\?q=TRC$/);

  await input.press('ArrowDown');
  await expect(first).toBeFocused();
  const links = page.locator('.app-search-results__link');
  if ((await links.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(input).toBeFocused();
  await input.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/handbook\/temporary-residence-card\/$/);
});

test('a procedure is found by its official Vietnamese name from the English page, marked lang=vi', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam')}`);
  const first = page.locator('.app-search-results__item').first();
  await expect(first.locator('a')).toHaveAttribute('href', '/en/handbook/temporary-residence-card/');
  await expect(first.locator('a [lang="vi"]').first()).toBeVisible();
});

test('no result: the reader is offered the hotline and the handbook index', async ({ page }) => {
  await page.goto('/en/search/?q=qqqzzzxxx');
  await expect(page.locator('.app-search-results__status')).toHaveText('No page matches “qqqzzzxxx”.');
  const empty = page.locator('.app-search-results__empty');
  await expect(empty.locator('a[href^="tel:"]')).toHaveAttribute('href', /^tel:(\+\d{8,15}|1800\d{4,8})$/);
  await expect(empty.locator('a[href="/en/handbook/"]')).toBeVisible();
});

for (const locale of localeCodes) {
  test(`${locale}: a too-long ?q= is cut to what search reads, and the reader is told`, async ({ page }) => {
    const ui = JSON.parse(readFileSync(path.join(projectRoot, 'src', 'i18n', 'ui', `${locale}.json`), 'utf8')) as Record<string, string>;
    const notice = ui['search.queryCut']!.replace('{{length}}', String(queryCharacters));
    // Issue 17 item 5: a 7.5 KB word in ?q= froze the page for 2.3 s.
    const word = 'a'.repeat(7_500);
    await page.goto(`${pageUrl(locale, 'search')}?q=${word}`);
    const status = page.locator('.app-search-results__status');
    await expect(status.locator('.app-search-results__cut')).toHaveText(notice);
    await expect(status).toContainText('a'.repeat(queryCharacters));
    await expect(status).not.toContainText('a'.repeat(queryCharacters + 1));
    await expect(page).toHaveURL(new RegExp(`\\?q=a{${queryCharacters}}$`));
  });
}

test('a query within the limit carries no notice', async ({ page }) => {
  await page.goto(`/en/search/?q=${'a'.repeat(queryCharacters)}`);
  await expect(page.locator('.app-search-results__status')).toHaveText(new RegExp(`^No page matches “a{${queryCharacters}}”\\.$`));
  await expect(page.locator('.app-search-results__cut')).toHaveCount(0);
});

for (const payload of payloads) {
  test(`a query is shown as text, never as HTML: ${payload}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/en/search/?q=${encodeURIComponent(payload)}`);
    await expect(page.locator('.app-search-results__status')).toContainText(payload);
    await expectNoInjection(page, dialogs);

    const input = page.locator('#app-search-query');
    await input.fill('');
    await input.pressSequentially(payload);
    await expect(page.locator('.app-search-results__status')).toContainText(payload);
    await input.press('Enter');
    await expect(page.locator('.app-search-results__status')).toContainText(payload);
    await expectNoInjection(page, dialogs);
  });
}

test.describe('content fixture', () => {
  // page.route does not see requests a service worker makes.
  test.use({ serviceWorkers: 'block' });

  test('content with markup in its title, summary and keywords is shown as text, highlighted with <mark> only', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const fixture: SearchIndexFile = {
      v: 1,
      locale: 'en',
      docs: payloads.map((payload, i) => ({
        u: `/en/handbook/fixture-${i}/`,
        t: `Payload ${payload} title`,
        d: `Summary ${payload} payload text`,
        s: 'working',
        k: [payload],
        h: [`Heading ${payload}`],
      })),
    };
    await page.route('**/search-index/en.json', (route) => route.fulfill({ json: fixture }));
    await page.goto('/en/search/?q=payload');
    await expect(page.locator('.app-search-results__item')).toHaveCount(payloads.length);
    for (const payload of payloads) {
      await expect(page.locator('.app-search-results__link', { hasText: payload })).toHaveCount(1);
    }
    await expect(page.locator('.app-search-results__item mark').first()).toHaveText(/payload/i);
    const tags = await page
      .locator('.app-search-results__list *')
      .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName.toLowerCase()))]);
    for (const tag of tags) expect(['a', 'li', 'mark', 'p', 'span'], `<${tag}> in the results`).toContain(tag);
    await expectNoInjection(page, dialogs);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['vi', 'en'] as const) {
    const prefix = locale === 'vi' ? '/' : `/${locale}/`;
    test(`${locale}: the form submits with GET; the page lists every page and every life event, whose pages list every procedure`, async ({ page }) => {
      await page.goto(`${prefix}search/`);
      const input = page.locator('#app-search-query');
      await input.fill('ho chieu');
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${prefix}search/\\?q=ho\\+chieu$`));
      const hrefs = await page.locator('.app-search__all a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const docs = indexes.get(locale)!.docs;
      const isPage = (d: { s: string }) => (pageSections as readonly string[]).includes(d.s);
      const pages = docs.filter(isPage).map((d) => d.u);
      const procedures = docs.filter((d) => !isPage(d)).map((d) => d.u);
      const lifeEvents = [...new Set(docs.filter((d) => !isPage(d)).map((d) => `${prefix}handbook/${d.s}/`))];
      expect(pages.length).toBeGreaterThan(10);
      expect(procedures.length).toBeGreaterThan(10);
      expect(new Set(hrefs)).toEqual(new Set([...pages, ...lifeEvents]));
      // Nothing is out of reach: each life event's pages, followed to the last, list every procedure.
      const reached: string[] = [];
      for (const event of lifeEvents) {
        for (let url: string | null = event, n = 0; url && n < 100; n += 1) {
          await page.goto(url);
          reached.push(...(await page.locator('main .app-procedure-list__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
          const next = page.locator('main a[rel="next"]');
          url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
        }
      }
      expect(reached.sort()).toEqual([...procedures].sort());
    });
  }
});
