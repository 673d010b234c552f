import { expect, test } from '@playwright/test';

test.describe('every page', () => {
  for (const { url, lang } of [
    { url: '/', lang: 'vi' },
    { url: '/en/', lang: 'en' },
    { url: '/hotlines/', lang: 'vi' },
    { url: '/en/hotlines/', lang: 'en' },
  ]) {
    test(`${url} declares its language as ${lang}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }

  test('starts with a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('shows the main hotline as a tel: link in the footer', async ({ page }) => {
    await page.goto('/en/about/');
    const footer = page.getByRole('contentinfo');
    const hotline = footer.locator('a[href^="tel:"]').first();
    await expect(hotline).toBeVisible();
    // International, or a Vietnamese toll-free line dialled as in Vietnam.
    await expect(hotline).toHaveAttribute('href', /^tel:(\+\d{8,15}|1800\d{4,8})$/);
    await expect(footer.getByRole('link', { name: 'All hotlines and feedback channels' })).toHaveAttribute(
      'href',
      '/en/hotlines/',
    );
  });
});

test.describe('language switcher', () => {
  test('marks the current language and lands on the same page in the other one', async ({ page }) => {
    await page.goto('/en/hotlines/');
    const switcher = page.getByRole('navigation', { name: 'Choose a language' });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await switcher.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/\/hotlines\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đường dây nóng và kênh góp ý');

    await page.getByRole('navigation', { name: 'Chọn ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/hotlines\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hotlines and feedback channels');
  });
});
