import { type Page, expect, test } from '@playwright/test';

/**
 * Screenshots of the main page types at a phone's and a laptop's width, in
 * every language, so a layout change shows in review. Baselines live next to
 * this file (screenshots.spec.ts-snapshots/); after an intended change,
 * regenerate them all with one command:
 *
 *   npm run build && npm run test:screenshots:update
 *
 * The clock is fixed (the open-now status depends on it), animations are off,
 * and a small share of differing pixels is allowed for font anti-aliasing.
 */

test.describe.configure({ timeout: 180_000 });
test.use({ reducedMotion: 'reduce' });

const prefixes = { vi: '', en: '/en', ru: '/ru', zh: '/zh', ko: '/ko' };
const pages = [
  { name: 'home', slug: '' },
  { name: 'procedure', slug: 'handbook/temporary-residence-card/' },
  { name: 'hotlines', slug: 'hotlines/' },
  { name: 'search', slug: 'search/?q=passport' },
];
/** A working morning in Khánh Hòa (UTC+7), so the open-now status never changes. */
const fixedNow = new Date('2026-12-02T09:30:00+07:00');

async function open(page: Page, url: string): Promise<void> {
  await page.clock.setFixedTime(fixedNow);
  await page.goto(url);
  // The search results island loads on ?q=…; wait until it has answered.
  if (url.includes('?q=')) await expect(page.locator('[data-app-search-results]')).not.toBeEmpty();
  await page.evaluate(() => document.fonts.ready);
}

// A tall full-page capture on a busy machine needs more than the default 5 s to settle.
const screenshot = { fullPage: true, maxDiffPixelRatio: 0.01, animations: 'disabled' as const, timeout: 30_000 };

for (const width of [360, 1280]) {
  for (const [code, prefix] of Object.entries(prefixes)) {
    test(`${code} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      for (const { name, slug } of pages) {
        await open(page, `${prefix}/${slug}`);
        await expect(page, `${name}`).toHaveScreenshot(`${name}-${code}-${width}.png`, screenshot);
      }
      await open(page, `${prefix}/handbook/temporary-residence-card/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page, 'print').toHaveScreenshot(`print-procedure-${code}-${width}.png`, screenshot);
    });
  }
}
