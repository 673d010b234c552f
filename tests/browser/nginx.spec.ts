import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { locales, sourceLocale } from '../../src/i18n/locales';
import { metaPolicy } from '../../scripts/nginx-csp.ts';
import { parsePolicy } from '../../src/build/contentSecurityPolicy.ts';
import { distDir } from '../support/builtSite';
import { type RunningNginx, freeLoopbackPort, installedNginx, rawGet, startNginx } from '../support/nginxServer';

/**
 * The production server: Debian's nginx with the shipped configuration
 * (deploy/nginx/site.conf), started the way staff start it
 * (`npm run serve:nginx -- --port N`) over the built site, and asked with
 * real HTTP requests what a reader's browser would get.
 */

// One nginx for the whole file, in one worker, in order.
test.describe.configure({ mode: 'default' });

let server: RunningNginx | undefined;

// Without nginx these tests fail rather than skip: a skipped file would let a
// broken production configuration pass unnoticed.
test.beforeAll(async () => {
  if (installedNginx() === undefined) {
    throw new Error('nginx is not installed, so the production server cannot be tested: apt-get install nginx (.ci/run installs it)');
  }
  server = await startNginx(distDir, await freeLoopbackPort());
});

test.afterAll(async () => {
  if (!server) return;
  const { origin } = server;
  await server.stop();
  await expect(rawGet(`${origin}/`), 'nginx has stopped').rejects.toThrow(/ECONNREFUSED/);
});

function url(pathname: string): string {
  if (!server) throw new Error('nginx did not start');
  return `${server.origin}${pathname}`;
}

function header(response: { headers: Record<string, string | string[] | undefined> }, name: string): string {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

function builtFile(...parts: string[]): Buffer {
  return readFileSync(path.join(distDir, ...parts));
}

/** The page's own policy, from its <meta http-equiv="content-security-policy">. */
function pagePolicy(html: string): ReturnType<typeof parsePolicy> {
  const content = metaPolicy(html);
  expect(content, 'the page has a CSP <meta>').toBeDefined();
  return parsePolicy(content!);
}

test('an HTML page carries every security header', async () => {
  const response = await rawGet(url('/en/'));
  expect(response.status).toBe(200);
  expect(header(response, 'content-type')).toBe('text/html; charset=utf-8');

  const csp = header(response, 'content-security-policy');
  expect(csp, 'Content-Security-Policy header').not.toBe('');
  const policy = parsePolicy(csp);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  // Both policies are enforced: the header must allow every hash the page's
  // own policy allows, and nothing inline beyond hashes.
  const own = pagePolicy(response.body.toString('utf8'));
  for (const directive of ['script-src', 'style-src']) {
    const sources = policy.get(directive) ?? [];
    expect(sources, `${directive} in the header`).not.toContain("'unsafe-inline'");
    expect(sources.every((s) => s === "'self'" || /^'sha(256|384|512)-/.test(s)), `${directive}: ${sources.join(' ')}`).toBe(true);
    for (const hash of (own.get(directive) ?? []).filter((s) => s.startsWith("'sha"))) {
      expect(sources, `${directive} in the header allows the page's ${hash}`).toContain(hash);
    }
  }

  expect(header(response, 'strict-transport-security')).toMatch(/^max-age=(\d{8,})/);
  expect(Number(/max-age=(\d+)/.exec(header(response, 'strict-transport-security'))?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(header(response, 'x-content-type-options')).toBe('nosniff');
  expect(header(response, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
  const permissions = header(response, 'permissions-policy');
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
});

test('pages run under the header and <meta> policies together without a violation', async ({ page }) => {
  // Five pages and a service worker's start-up: more than the default 30 s on a loaded two-core machine.
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const handbookPage = builtFile('sitemap-0.xml').toString('utf8').match(/<loc>[^<]*?(\/en\/handbook\/[^/<]+\/)<\/loc>/)?.[1];
  for (const pathname of ['/', '/en/', '/en/hotlines/', handbookPage ?? '/en/handbook/', '/en/no-such-page/']) {
    await page.goto(url(pathname));
    await expect(page.locator('h1').first()).toBeVisible();
  }
  expect(violations).toEqual([]);
  // The registration is one of the page's own inline scripts: it ran, so
  // the header did not block what the page allows.
  expect(existsSync(path.join(distDir, 'sw.js')), `${distDir}/sw.js is built`).toBe(true);
  const scope = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => r.scope),
      new Promise<string>((resolve) => setTimeout(() => resolve('no service worker after 10 s'), 10_000)),
    ]),
  );
  expect(scope).toBe(url('/'));
});

test('fingerprinted assets are kept a year, immutable', async () => {
  const home = builtFile('index.html').toString('utf8');
  const asset = home.match(/(?:href|src)="(\/_astro\/[^"]+)"/)?.[1];
  expect(asset, 'the home page links an /_astro/ file').toBeDefined();
  const response = await rawGet(url(asset!));
  expect(response.status).toBe(200);
  expect(header(response, 'cache-control')).toBe('public, max-age=31536000, immutable');
  expect(header(response, 'x-content-type-options')).toBe('nosniff');
});

test('HTML is revalidated on every visit, and an unchanged page costs a 304', async () => {
  for (const pathname of ['/', '/en/', '/en/hotlines/']) {
    const response = await rawGet(url(pathname));
    expect(response.status, pathname).toBe(200);
    expect(header(response, 'cache-control'), pathname).toBe('no-cache');
    const etag = header(response, 'etag');
    expect(etag, `${pathname} has an ETag`).not.toBe('');
    const again = await rawGet(url(pathname), { 'If-None-Match': etag });
    expect(again.status, `${pathname} revalidated`).toBe(304);
  }
});

test('the service worker is revalidated on every visit', async () => {
  expect(existsSync(path.join(distDir, 'sw.js')), `${distDir}/sw.js is built`).toBe(true);
  const response = await rawGet(url('/sw.js'));
  expect(response.status).toBe(200);
  expect(header(response, 'content-type')).toMatch(/^(application|text)\/javascript/);
  expect(header(response, 'cache-control')).toBe('no-cache');
});

test('search indexes and web app manifests are revalidated on every visit', async () => {
  const files = locales.flatMap((l) => [`/search-index/${l.code}.json`, `/manifests/${l.code}.webmanifest`]);
  const missing = files.filter((f) => !existsSync(path.join(distDir, f)));
  expect(missing, 'every language has a search index and a web app manifest').toEqual([]);
  for (const file of files) {
    const response = await rawGet(url(file));
    expect(response.status, file).toBe(200);
    expect(header(response, 'cache-control'), file).toBe('no-cache');
    if (file.endsWith('.webmanifest')) expect(header(response, 'content-type'), file).toMatch(/^application\/manifest\+json/);
  }
});

test('a client that accepts gzip gets the precompressed page', async () => {
  const compressed = await rawGet(url('/en/'), { 'Accept-Encoding': 'gzip' });
  expect(compressed.status).toBe(200);
  expect(header(compressed, 'content-encoding')).toBe('gzip');
  expect(header(compressed, 'vary')).toMatch(/Accept-Encoding/i);
  expect(gunzipSync(compressed.body).equals(builtFile('en', 'index.html'))).toBe(true);
  // The very file the build wrote, sent as it is.
  expect(compressed.body.equals(builtFile('en', 'index.html.gz'))).toBe(true);

  const plain = await rawGet(url('/en/'));
  expect(header(plain, 'content-encoding')).toBe('');
  expect(plain.body.equals(builtFile('en', 'index.html'))).toBe(true);
});

test('an unknown English address gets the English 404 page with status 404', async () => {
  const response = await rawGet(url('/en/no-such-page/'));
  expect(response.status).toBe(404);
  const html = response.body.toString('utf8');
  expect(html).toContain('<html lang="en"');
  expect(response.body.equals(builtFile('en', '404', 'index.html'))).toBe(true);
  expect(header(response, 'content-security-policy')).toContain("frame-ancestors 'none'");
  expect(header(response, 'cache-control')).toBe('no-cache');
});

test('every language answers an unknown address with its own 404 page', async () => {
  for (const locale of locales) {
    const prefix = locale.code === sourceLocale ? '' : `/${locale.code}`;
    const own = locale.code === sourceLocale ? ['404.html'] : [locale.code, '404', 'index.html'];
    expect(existsSync(path.join(distDir, ...own)), `${locale.code}: its 404 page ${own.join('/')} is built`).toBe(true);
    for (const pathname of [`${prefix}/no-such-page/`, `${prefix}/handbook/no-such-procedure/`, `${prefix}/missing.png`]) {
      const response = await rawGet(url(pathname));
      expect(response.status, pathname).toBe(404);
      expect(response.body.toString('utf8'), pathname).toContain(`<html lang="${locale.lang}"`);
    }
  }
});

test('a folder without a page is not found, not forbidden', async () => {
  const folder = readdirSync(distDir, { withFileTypes: true }).find(
    (e) => e.isDirectory() && !e.name.startsWith('_') && !existsSync(path.join(distDir, e.name, 'index.html')),
  );
  expect(folder, 'the build has a folder without index.html (such as /search-index/) to ask for').toBeDefined();
  const response = await rawGet(url(`/${folder!.name}/`));
  expect(response.status).toBe(404);
  expect(response.body.toString('utf8')).toContain('<html lang="vi"');
});

test('/ is the Vietnamese home whatever the browser language; folders get their slash', async () => {
  const home = await rawGet(url('/'), { 'Accept-Language': 'en-US,en;q=0.9' });
  expect(home.status).toBe(200);
  expect(home.body.toString('utf8')).toContain('<html lang="vi"');

  const noSlash = await rawGet(url('/en/hotlines'));
  expect(noSlash.status).toBe(301);
  expect(header(noSlash, 'location')).toBe('/en/hotlines/');
});

test('the server configuration is written next to the build, never into it', async () => {
  // dist/ is what a static host publishes: nothing for the server may be in it.
  expect(existsSync(path.join(`${distDir}-server`, 'csp.conf')), 'the build wrote <outDir>-server/csp.conf').toBe(true);
  const published = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  expect(published.filter((file) => /(^|\/)_nginx(\/|$)|\.conf(\.gz|\.br)?$/.test(file))).toEqual([]);
  expect((await rawGet(url('/_nginx/csp.conf'))).status).toBe(404);
});

const securityHeaders = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cache-control'];

/** How many times each security header was sent. */
function headerCounts(response: { headerLines: readonly [string, string][] }): Record<string, number> {
  return Object.fromEntries(securityHeaders.map((name) => [name, response.headerLines.filter(([line]) => line === name).length]));
}

test('every security header is sent exactly once, also to range, conditional and unknown requests', async () => {
  const once = Object.fromEntries(securityHeaders.map((name) => [name, 1]));
  const page = await rawGet(url('/en/'));
  expect(headerCounts(page)).toEqual(once);
  // Byte ranges are off (max_ranges 0): the whole small file, with its headers once.
  const partial = await rawGet(url('/en/'), { range: 'bytes=0-9' });
  expect(partial.status).toBe(200);
  expect(partial.body.equals(page.body)).toBe(true);
  expect(headerCounts(partial)).toEqual(once);
  const unchanged = await rawGet(url('/en/'), { 'if-none-match': header(page, 'etag') });
  expect(unchanged.status).toBe(304);
  expect(headerCounts(unchanged)).toEqual(once);
  const notFound = await rawGet(url('/en/no-such-page/'));
  expect(notFound.status).toBe(404);
  expect(headerCounts(notFound)).toEqual(once);
  // nginx sent every header twice on its 416 answer; there is no 416 any more.
  const unsatisfiable = await rawGet(url('/en/'), { range: 'bytes=999999999-' });
  expect(unsatisfiable.status).toBe(200);
  expect(headerCounts(unsatisfiable)).toEqual(once);
});

test('the precompressed copies are not served as files of their own', async () => {
  expect(existsSync(path.join(distDir, 'index.html.gz')), 'the build wrote index.html.gz').toBe(true);
  for (const file of ['/index.html.gz', '/en/index.html.gz', '/index.html.br', '/sw.js.gz']) {
    const response = await rawGet(url(file), { 'accept-encoding': 'gzip' });
    expect(response.status, file).toBe(404);
    expect(header(response, 'content-type'), file).toBe('text/html; charset=utf-8');
  }
  // …while a reader's browser still gets them for the page itself.
  const page = await rawGet(url('/'), { 'accept-encoding': 'gzip' });
  expect(header(page, 'content-encoding')).toBe('gzip');
});
