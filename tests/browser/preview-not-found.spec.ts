import { expect, test } from '@playwright/test';

/**
 * The browser tests run against `astro preview`, the server `npm start`
 * opens: an unknown address shows the 404 page of the language its folder
 * names, with status 404, as nginx does in production.
 */

for (const { url, lang } of [
  { url: '/ko/no-such-page/', lang: 'ko' },
  { url: '/en/handbook/no-such-procedure/', lang: 'en' },
  { url: '/ru/no-such-page/', lang: 'ru' },
  { url: '/zh/no-such-page/', lang: 'zh-Hans' },
  { url: '/no-such-page/', lang: 'vi' },
]) {
  test(`${url} answers 404 with the page in ${lang}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
}

test('known pages are still served as built', async ({ request }) => {
  const response = await request.get('/ko/hotlines/');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<html lang="ko"');
});
