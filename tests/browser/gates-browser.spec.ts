import { expect, test } from '@playwright/test';
import { accessibilityViolations } from '../gates/lib/accessibility.ts';
import { locales, sourceLocale } from '../../src/i18n/locales';
import { sitemapPaths } from '../support/builtSite';

/**
 * Gates that need a browser, over every page the site publishes: every URL
 * in the sitemap plus each language's 404 page.
 */

const notFoundPages = locales.map((l) => (l.code === sourceLocale ? '/404.html' : `/${l.code}/404/`));
const everyPage = [...sitemapPaths(), ...notFoundPages];

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const path of everyPage) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      const violations = await accessibilityViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});

/** Collects CSP violations the page reports, both as events and as console errors. */
async function watchCsp(page: import('@playwright/test').Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) fromConsole.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}

const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

test('no page and no search reports a CSP violation, and hostile queries stay inert', async ({ page }) => {
  test.setTimeout(Math.max(60_000, everyPage.length * 10_000));
  const violations = await watchCsp(page);
  const found: string[] = [];
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const path of everyPage) {
    await page.goto(path, { waitUntil: 'load' });
    found.push(...(await violations()));
  }
  // Search: from each language's search page, with a query in the address and typed into the box.
  const searchPages = sitemapPaths().filter((p) => /^\/(?:[a-z]{2}\/)?search\/$/.test(p));
  for (const path of searchPages) {
    await page.goto(`${path}?q=${encodeURIComponent(hostile)}`, { waitUntil: 'load' });
    const box = page.locator('main input[type="search"]').first();
    if ((await box.count()) > 0) {
      await box.fill('visa');
      await box.press('Enter');
      await page.waitForLoadState('load');
      await page.locator('main input[type="search"]').first().fill(hostile);
      await page.waitForTimeout(300);
    }
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    found.push(...(await violations()));
  }
  expect(found, found.join('\n')).toEqual([]);
  expect(dialogs).toBe(0);
});

test('no page asks any host other than the site itself for anything', async ({ page, baseURL }) => {
  test.setTimeout(Math.max(60_000, everyPage.length * 10_000));
  const own = new URL(baseURL!).host;
  const foreign: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host === own || url.protocol === 'data:' || url.protocol === 'blob:') {
      await route.continue();
    } else {
      foreign.push(`${page.url()} → ${url.href}`);
      await route.abort('blockedbyclient');
    }
  });
  for (const path of everyPage) {
    await page.goto(path, { waitUntil: 'load' });
    // Open the search island too, where there is one, so on-use code is fetched.
    const box = page.locator('main input[type="search"]').first();
    if ((await box.count()) > 0) await box.fill('visa');
  }
  expect(foreign, foreign.join('\n')).toEqual([]);
});
