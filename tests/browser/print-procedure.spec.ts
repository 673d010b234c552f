import { type Page, expect, test } from '@playwright/test';
import { siteUrl } from '../support/builtSite';

/**
 * A procedure printed on A4: a typical one, with its checklist and the card
 * for the officer, fits on two pages in every language, and the QR code sits
 * in a fixed place — the top of the first page — with the page's address
 * beside it.
 */

// Rendering PDFs on a shared two-core machine: allow time, not speed, to vary.
test.describe.configure({ timeout: 120_000 });

const prefixes = { vi: '', en: '/en', ru: '/ru', zh: '/zh', ko: '/ko' };

/** How many pages a PDF has: each page is one `/Type /Page` object (not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

async function printedPages(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

for (const [code, prefix] of Object.entries(prefixes)) {
  test(`${code}: a typical procedure prints on at most two A4 pages`, async ({ page }) => {
    for (const slug of ['temporary-residence-card', 'birth-registration', 'marriage-registration']) {
      const url = `${prefix}/handbook/${slug}/`;
      const pages = await printedPages(page, url);
      expect(pages, url).toBeGreaterThan(0);
      expect(pages, url).toBeLessThanOrEqual(2);
    }
  });
}

test('the page counter sees every page of a long printout', async ({ page }) => {
  // Guards the counter itself, on a document known to need five A4 pages.
  await page.setContent(Array.from({ length: 5 }, (_, i) => `<p style="break-after: page">Page ${i + 1}</p>`).join(''));
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(5);
});

test('the QR code is printed at the top of the first page, with the address beside it', async ({ page }) => {
  await page.goto('/ru/handbook/marriage-registration/');
  await page.emulateMedia({ media: 'print' });
  const qr = (await page.locator('.app-procedure .app-qr-code svg').boundingBox())!;
  const address = (await page.locator('.app-procedure .app-qr-code__url').boundingBox())!;
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(qr.y + qr.height, 'the code is above the title').toBeLessThanOrEqual(title.y);
  expect(address.x, 'the address is to the right of the code').toBeGreaterThan(qr.x + qr.width);
  expect(address.y, 'the address is level with the code').toBeLessThan(qr.y + qr.height);
  await expect(page.locator('.app-procedure .app-qr-code')).toContainText(`${new URL(siteUrl).host}/ru/handbook/marriage-registration`);
  // The officer card and checklist print too.
  await expect(page.locator('.app-officer-card')).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});
