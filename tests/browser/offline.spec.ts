import { type Page, expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/builtSite';

/**
 * A reader opens a guide with a connection, then loses it (a queue at an
 * office, a weak signal): the guide opens again, and a page never opened
 * shows the offline page in the reader's language.
 */

// Installing the worker and saving pages takes a while on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

const procedures = sitemapPaths().filter((p) => /^\/en\/handbook\/[^/]+\/$/.test(p));

/** Waits until the service worker is active and has saved the page the reader is on. */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.href.split('#')[0]!))), { timeout: 15_000 })
    .toBe(true);
}

test('a procedure read once opens again with no connection', async ({ page, context }) => {
  const path = procedures[0];
  expect(path, 'the build has an English procedure').toBeDefined();
  await page.goto(path!);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await waitUntilSaved(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

test('a page never opened shows the offline page in the reader\'s language', async ({ page, context }) => {
  await page.goto('/en/hotlines/');
  await waitUntilSaved(page);
  await context.setOffline(true);

  await page.goto('/en/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  // The offline page lists what is saved: the hotlines page, always kept.
  const saved = page.getByRole('region', { name: 'Pages you can open without a connection' });
  await expect(saved.getByRole('link', { name: 'Hotlines and feedback channels' })).toHaveAttribute('href', '/en/hotlines/');

  await page.goto('/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn đang không có mạng');
});

test('the hotlines page in every language is kept from the first visit', async ({ page, context }) => {
  await page.goto('/');
  await waitUntilSaved(page);
  await context.setOffline(true);
  for (const path of ['/hotlines/', '/en/hotlines/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/offline|không có mạng/);
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  }
});

test('each language has its own installable manifest', async ({ page, request }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifests/en.webmanifest');
  const manifest = (await (await request.get(href!)).json()) as { lang: string; start_url: string; name: string; icons: { src: string }[] };
  expect(manifest).toMatchObject({ lang: 'en', start_url: '/en/', name: 'Khánh Hòa Online Public Services' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test('a new service worker is announced, and the reader\'s reload switches to it', async ({ page }) => {
  await page.goto('/en/hotlines/');
  await waitUntilSaved(page);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const notice = page.locator('[data-app-update-notice]');
  await expect(notice).toBeHidden();

  // Playwright cannot change the bytes of /sw.js the browser fetches, so the next
  // build is stood in for by the same worker at another address: the browser
  // installs it as a new version, which waits for the reader.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next-build'));
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('This site has been updated.');
  await Promise.all([
    page.waitForEvent('framenavigated'),
    notice.getByRole('button', { name: 'Reload to see the new version' }).click(),
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hotlines and feedback channels');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toMatch(/\/sw\.js\?next-build$/);
  // What was saved before the update is still there.
  expect(await page.evaluate(() => caches.match('/en/hotlines/').then(Boolean))).toBe(true);
});
