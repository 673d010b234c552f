import { expect, test } from '@playwright/test';
import { siteUrl } from '../support/builtSite';

/** The hotlines page printed to pin on a wall or keep in a wallet: the numbers, no site chrome, a QR code back. */

for (const { path, qrLabel } of [
  { path: '/en/hotlines/', qrLabel: 'Scan to open this page on a phone' },
  { path: '/hotlines/', qrLabel: 'Quét mã để mở trang này trên điện thoại' },
]) {
  test(`${path} prints without navigation, with its numbers, links written out and a QR code`, async ({ page }) => {
    await page.goto(path);
    const qr = page.locator('.app-qr-code');
    await expect(qr, 'the QR code is for paper only').toBeHidden();

    const navigation = page.locator('nav');
    expect(await navigation.count(), 'the page has navigation to hide').toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const nav of await navigation.all()) await expect(nav).toBeHidden();
    await expect(page.locator('header.app-header, .app-header')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.locator('.app-share')).toBeHidden();

    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
    await expect(qr).toBeVisible();
    await expect(qr).toContainText(qrLabel);
    await expect(qr).toContainText(new URL(path, siteUrl).href.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    expect(await qr.locator('svg').boundingBox()).not.toBeNull();

    // Links are written out after their text, so the paper keeps the address.
    const written = await page.locator('main a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(written).toContain('http');
  });
}
