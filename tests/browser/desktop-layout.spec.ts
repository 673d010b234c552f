import { type Page, expect, test } from '@playwright/test';

/**
 * The layout on a 1280 px laptop: the header, menu and footer use the width,
 * the menu and the languages each stay on one line, text keeps a readable
 * measure, home cards line up, and a procedure's related links stand beside it.
 */

test.use({ viewport: { width: 1280, height: 800 } });
// Several page loads per test on a shared two-core machine: allow time, not speed, to vary.
test.describe.configure({ timeout: 120_000 });

const prefixes = { vi: '', en: '/en', ru: '/ru', zh: '/zh', ko: '/ko' };

/** The distinct top edges of the visible elements a locator finds: one value means one line. */
async function rowsOf(page: Page, selector: string): Promise<number[]> {
  const tops = await page.locator(selector).evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => Math.round(el.getBoundingClientRect().top)),
  );
  return [...new Set(tops)];
}

for (const [code, prefix] of Object.entries(prefixes)) {
  test(`${code}: menu links and languages each sit on one line`, async ({ page }) => {
    await page.goto(`${prefix}/hotlines/`);
    const links = page.locator('.app-main-nav__link');
    await expect(links.first()).toBeVisible();
    expect(await rowsOf(page, '.app-main-nav__link')).toHaveLength(1);
    for (const link of await links.all()) {
      const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      // One line of text plus the link's padding.
      expect((await link.boundingBox())!.height).toBeLessThan(lineHeight * 2 + 4);
    }
    expect(await rowsOf(page, '.app-language-switcher__link')).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
}

test('the header, menu and footer use the width of the screen; text keeps a readable measure', async ({ page }) => {
  await page.goto('/en/hotlines/');
  for (const selector of ['.app-header__inner', '.app-footer .app-width-container']) {
    expect((await page.locator(selector).boundingBox())!.width, selector).toBeGreaterThanOrEqual(1000);
  }
  const paragraph = (await page.locator('.app-prose p').first().boundingBox())!;
  expect(paragraph.width).toBeGreaterThanOrEqual(560);
  expect(paragraph.width).toBeLessThanOrEqual(44 * 16);
});

test('home cards line up in rows of equal height', async ({ page }) => {
  for (const prefix of Object.values(prefixes)) {
    await page.goto(`${prefix}/`);
    const boxes = await page.locator('.app-entry-points__link').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top), height: Math.round(r.height) };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    const byRow = new Map<number, typeof boxes>();
    for (const box of boxes) byRow.set(box.top, [...(byRow.get(box.top) ?? []), box]);
    expect(byRow.size, `${prefix}/ has cards side by side`).toBeLessThan(boxes.length);
    for (const row of byRow.values()) expect(new Set(row.map((b) => b.height)).size, `${prefix}/`).toBe(1);
  }
});

test('a procedure\'s related procedures and terms stand beside its text', async ({ page }) => {
  await page.goto('/ru/handbook/marriage-registration/');
  const aside = (await page.locator('.app-procedure__aside').boundingBox())!;
  const summary = (await page.locator('.app-procedure-summary').boundingBox())!;
  expect(aside.x).toBeGreaterThan(summary.x + summary.width);
  expect(aside.y).toBeLessThan(summary.y + summary.height);
});
