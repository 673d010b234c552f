import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite, editedContentCopy } from '../support/buildSite';
import { distDir } from '../support/builtSite';
import { freeLoopbackPort } from '../support/nginxServer';

/**
 * A reader keeps the site offline, the province publishes a corrected
 * hotline, the reader accepts the update, then loses the connection: every
 * page must show the NEW number, and the old build's caches must be gone.
 * (Before: caches.match() answered from the runtime page cache, created
 * before the new precache, so the old number came back offline.)
 *
* Build A is the tested build; build B is the same content with the support line changed,
 * built into its own folder. One small static server serves A, then B, at
 * the same address.
 */

const oldNumber = '1800 1096';
const newNumber = '+84 258 3822 000';
/** Phone links carry the number without spaces; the text may use no-break spaces. */
const telOf = (number: string) => `tel:${number.replaceAll(' ', '')}`;

test.describe.configure({ mode: 'serial', timeout: 900_000 });

let workDir = '';
let siteA = '';
let siteB = '';
let root = '';
let server: Server | undefined;
let origin = '';
let cleanupCopy: (() => Promise<void>) | undefined;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

test.beforeAll(async () => {
  test.setTimeout(900_000);
  workDir = await mkdtemp(path.join(tmpdir(), 'portal-sw-update-'));
  siteA = path.join(workDir, 'a');
  await cp(distDir, siteA, { recursive: true });

  const copy = await editedContentCopy('facts.yaml', (text) => text.replace(`value: "${oldNumber}"`, `value: "${newNumber}"`));
  const built = await buildSite(copy.contentDir, copy.dir);
  expect(built.exitCode, built.output).toBe(0);
  siteB = built.outDir;
  expect(await readFile(path.join(siteB, 'en/hotlines/index.html'), 'utf8')).toContain(telOf(newNumber));
  expect(await readFile(path.join(siteB, 'sw.js'), 'utf8')).not.toBe(await readFile(path.join(siteA, 'sw.js'), 'utf8'));

  root = siteA;
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(path.join(root, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  const port = await freeLoopbackPort();
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${port}`;
  cleanupCopy = copy.cleanup;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (workDir) await rm(workDir, { recursive: true, force: true });
  await cleanupCopy?.();
});

test('after an update, offline pages show the new facts and the old caches are gone', async ({ page, context }) => {
  page.setDefaultTimeout(60_000);
  // Build A: the reader opens the hotlines page, which the worker saves in its page cache.
  await page.goto(`${origin}/en/hotlines/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
  // Both hotlines pages are read with build A, so the worker saves them as it serves them.
  for (const pathname of ['/hotlines/', '/en/hotlines/']) {
    await page.goto(`${origin}${pathname}`);
    await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', telOf(oldNumber));
  }
  const namesA = await page.evaluate(() => caches.keys());

  // Build B is published; the reader's browser finds the new worker and offers it.
  root = siteB;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
  const notice = page.locator('[data-app-update-notice]');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await Promise.all([page.waitForEvent('framenavigated'), notice.getByRole('button').click()]);
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', telOf(newNumber));

  // Offline: every saved page shows B.
  await context.setOffline(true);
  for (const pathname of ['/en/hotlines/', '/hotlines/']) {
    await page.goto(`${origin}${pathname}`);
    await expect(page.locator('main a[href^="tel:"]').first(), pathname).toHaveAttribute('href', telOf(newNumber));
  }
  expect(await page.evaluate(() => caches.match('/en/hotlines/').then((r) => r?.text()))).toContain(telOf(newNumber));

  // Nothing of build A is kept: its caches were deleted when B took over.
  const namesB = await page.evaluate(() => caches.keys());
  const onlyInA = namesA.filter((name) => !namesB.includes(name));
  expect(onlyInA.length, `A's caches: ${namesA.join(', ')}; now: ${namesB.join(', ')}`).toBeGreaterThan(0);
  const versionB = /"version":"([0-9a-f]+)"/.exec(await readFile(path.join(siteB, 'sw.js'), 'utf8'))?.[1];
  expect(versionB).toBeDefined();
  for (const name of namesB) expect(name, `cache ${name} belongs to build B`).toContain(versionB);
});
