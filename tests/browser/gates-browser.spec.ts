import { expect, type Page, test } from '@playwright/test';
import { accessibilityViolations, preloadAxe } from '../gates/lib/accessibility.ts';
import { locales, sourceLocale } from '../../src/i18n/locales';
import { parsePageUrl } from '../../src/routing/urls';
import { sitemapPaths } from '../support/builtSite';

/**
 * Gates that need a browser, over every page the site publishes: every URL
 * in the sitemap plus each language's 404 page. Each page is opened once and
 * checked three ways: axe finds no WCAG 2.2 A/AA violation, the page reports
 * no Content-Security-Policy violation, and it asks no host but the site
 * itself for anything.
 */

const notFoundPages = locales.map((l) => (l.code === sourceLocale ? '/404.html' : `/${l.code}/404/`));
const everyPage = [...sitemapPaths(), ...notFoundPages];

/**
 * Drains what the page has reported as CSP violations since the last call,
 * both as `securitypolicyviolation` events and as console errors.
 */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  let fromConsole: string[] = [];
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
  return async () => {
    const reported = await page.evaluate(() => {
      const w = window as unknown as { cspViolations?: string[] };
      return (w.cspViolations ?? []).splice(0);
    });
    const logged = fromConsole;
    fromConsole = [];
    return [...logged, ...reported];
  };
}

/** Blocks and records every request for a host other than the site's own. */
async function watchForeignRequests(page: Page, baseURL: string): Promise<string[]> {
  const own = new URL(baseURL).host;
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
  return foreign;
}

// One browser tab walks each language's pages, with axe loaded as each page
// opens (preloadAxe): about three times faster than a fresh tab per page, and
// half the time of injecting axe after each load. Every failure still names its page.
for (const { code } of locales) {
  const paths = everyPage.filter((p) => parsePageUrl(p).locale === code);
  test(`${code}: all ${paths.length} pages pass axe (WCAG 2.2 A and AA), keep to their CSP and ask no other host`, async ({ page, baseURL }) => {
    test.setTimeout(60_000 + paths.length * 15_000);
    expect(paths.length).toBeGreaterThan(0);
    await preloadAxe(page);
    const cspViolations = await watchCsp(page);
    const foreign = await watchForeignRequests(page, baseURL!);
    const inaccessible: string[] = [];
    const blocked: string[] = [];
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'load' });
      inaccessible.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
      blocked.push(...(await cspViolations()));
    }
    expect.soft(inaccessible, inaccessible.join('\n')).toEqual([]);
    expect.soft(blocked, blocked.join('\n')).toEqual([]);
    expect.soft(foreign, foreign.join('\n')).toEqual([]);
  });
}

const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

test('searching, with a hostile query in the address and in the box, stays inert, within the CSP and on this host', async ({ page, baseURL }) => {
  const searchPages = sitemapPaths().filter((p) => /^\/(?:[a-z]{2}\/)?search\/$/.test(p));
  test.setTimeout(60_000 + searchPages.length * 15_000);
  expect(searchPages).toHaveLength(locales.length);
  const cspViolations = await watchCsp(page);
  const foreign = await watchForeignRequests(page, baseURL!);
  const blocked: string[] = [];
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const path of searchPages) {
    await page.goto(`${path}?q=${encodeURIComponent(hostile)}`, { waitUntil: 'load' });
    // Typing loads the search island and its index; Enter submits the form.
    const box = page.locator('main input[type="search"]').first();
    await box.fill('visa');
    await box.press('Enter');
    await page.waitForLoadState('load');
    await page.locator('main input[type="search"]').first().fill(hostile);
    // The status repeats the query: as text, so the payload shows and never runs.
    await expect(page.locator('.app-search-results__status')).toContainText('<script>alert(2)</script>');
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    blocked.push(...(await cspViolations()));
  }
  expect.soft(blocked, blocked.join('\n')).toEqual([]);
  expect.soft(foreign, foreign.join('\n')).toEqual([]);
  expect(dialogs).toBe(0);
});
