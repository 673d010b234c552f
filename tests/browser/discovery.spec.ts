import { lifeEvents } from '../../src/schemas/procedure';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { projectRoot } from '../support/buildSite';
import { jsonLdBlocks, localPath, siteUrl, sitemapPaths } from '../support/builtSite';

/**
 * How people and machines find, follow and correct the site: structured data,
 * OpenSearch, link previews, "report a problem", what's new and the Atom feed.
 */

const pages = sitemapPaths();

test('the sitemap lists pages in every language', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
});

test('every page has valid JSON-LD in its own language, breadcrumbs on all but the home pages', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    const blocks = jsonLdBlocks(html);
    for (const block of blocks) {
      expect(block['@context'], path).toBe('https://schema.org');
      expect(block['inLanguage'], path).toBe(lang);
    }
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as
      | { itemListElement: { position: number; name: string; item: string }[] }
      | undefined;
    const isHome = path === '/' || /^\/[a-z]{2}\/$/.test(path);
    if (isHome) continue;
    expect(crumbs, `${path} has a BreadcrumbList`).toBeDefined();
    const items = crumbs!.itemListElement;
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(localPath(items.at(-1)!.item)).toBe(path);
    for (const item of items) expect(item.name.trim(), path).not.toBe('');
  }
});

test('the home page describes the center as a GovernmentOrganization with contact points', async ({ request }) => {
  for (const path of ['/', '/en/']) {
    const blocks = jsonLdBlocks(await (await request.get(path)).text());
    const org = blocks.find((b) => b['@type'] === 'GovernmentOrganization') as
      | { name: string; url: string; areaServed: { name: string }; contactPoint: { telephone: string }[] }
      | undefined;
    expect(org, path).toBeDefined();
    expect(org!.name).not.toBe('');
    expect(localPath(org!.url)).toBe(path);
    expect(org!.areaServed.name).not.toBe('');
    expect(org!.contactPoint.length).toBeGreaterThan(0);
    // International, or a Vietnamese toll-free line as dialled in Vietnam (areaServed VN).
    for (const point of org!.contactPoint) expect(point.telephone).toMatch(/^(\+\d[\d ]+|1800[\d ]+)$/);
  }
});

test('every procedure is a GovernmentService with its provider, area, channel and URL', async ({ request }) => {
  // /handbook/<slug>/ is a procedure unless the slug is a life event's list (src/routing/listPages.ts).
  const procedures = pages.filter((p) => {
    const slug = /\/handbook\/([^/]+)\/$/.exec(p)?.[1];
    return slug !== undefined && !(lifeEvents as readonly string[]).includes(slug);
  });
  expect(procedures.length, 'procedure pages in the sitemap').toBeGreaterThan(0);
  for (const path of procedures) {
    const blocks = jsonLdBlocks(await (await request.get(path)).text());
    const service = blocks.find((b) => b['@type'] === 'GovernmentService') as
      | { name: string; url: string; provider: { name: string }; areaServed: { name: string }; availableChannel: unknown[] }
      | undefined;
    expect(service, `${path} has a GovernmentService`).toBeDefined();
    expect(service!.name).not.toBe('');
    expect(localPath(service!.url)).toBe(path);
    expect(service!.provider.name).not.toBe('');
    expect(service!.areaServed.name).not.toBe('');
    expect(service!.availableChannel.length).toBeGreaterThan(0);
  }
});

test('each language has a valid OpenSearch description whose template opens the search page', async ({ page, request }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="search"]').getAttribute('href');
  expect(href).toBe('/opensearch/en.xml');
  const xml = await (await request.get(href!)).text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      shortName: doc.querySelector('ShortName')?.textContent ?? '',
      template: doc.querySelector('Url[type="text/html"]')?.getAttribute('template') ?? '',
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('OpenSearchDescription');
  expect(parsed.shortName.length).toBeGreaterThan(0);
  expect(parsed.shortName.length).toBeLessThanOrEqual(16);
  expect(parsed.template.startsWith(siteUrl)).toBe(true);
  await page.goto(localPath(parsed.template.replace('{searchTerms}', 'visa')));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/en\/search\/\?q=visa$/);
});

test('link previews carry the page own title, summary and share image', async ({ page, request }) => {
  await page.goto('/en/hotlines/');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title!.trim());
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(localPath(image!));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
});

test('no page has a report link while content/site.yaml sets nowhere for reports', async ({ request }) => {
  // Reports must reach whoever publishes the site; until `problemReport` is set
  // the link is hidden (tests/build/reportProblem.test.ts shows it once set).
  const settings = parse(readFileSync(path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content', 'site.yaml'), 'utf8')) as { problemReport?: string };
  test.skip(settings.problemReport !== undefined, 'content/site.yaml sets problemReport');
  for (const pagePath of pages) {
    const html = await (await request.get(pagePath)).text();
    expect(html, `${pagePath} has no report link`).not.toContain('class="app-report-problem"');
  }
});

test('the report page shows the address of the page being reported, as text', async ({ page }) => {
  await page.goto(`/en/report/?page=${encodeURIComponent(`${siteUrl}/en/hotlines/`)}&title=Hotlines`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem with a page');
  await expect(page.locator('[data-reported-page-url]')).toHaveText(`${siteUrl}/en/hotlines/`);
});

test('the report page writes a hostile title as text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`/en/report/?page=${encodeURIComponent(`${siteUrl}/en/`)}&title=${encodeURIComponent(hostile)}`);
  await expect(page.locator('[data-reported-page-title]')).toHaveText(hostile);
  await expect(page.locator('[data-reported-page] img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('what is new lists recent pages, and its Atom feed has an entry for each', async ({ page, request }) => {
  await page.goto('/en/whats-new/');
  const listed = await page.locator('.app-whats-new__link').evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
  );
  expect(listed.length).toBeGreaterThan(0);
  const xml = await (await request.get('/feeds/en.xml')).text();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      namespace: doc.documentElement.namespaceURI,
      updated: doc.querySelector('feed > updated')?.textContent ?? '',
      entries: [...doc.querySelectorAll('entry')].map((e) => ({
        link: e.querySelector('link')?.getAttribute('href') ?? '',
        id: e.querySelector('id')?.textContent ?? '',
        title: e.querySelector('title')?.textContent ?? '',
        updated: e.querySelector('updated')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.entries.map((e) => localPath(e.link))).toEqual(listed);
  for (const entry of feed.entries) {
    expect(entry.title).not.toBe('');
    expect(entry.id).toBe(entry.link);
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
});

test('an unknown English address has an English 404 page with search and entry points', async ({ page }) => {
  await page.goto('/en/404/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
