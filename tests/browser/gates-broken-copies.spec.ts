import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { accessibilityViolations } from '../gates/lib/accessibility.ts';
import { type BrokenCopy, copyBuiltSite } from '../gates/lib/brokenCopy.ts';
import { checkBudgets } from '../gates/lib/budgets.ts';
import { checkCsp } from '../gates/lib/csp.ts';
import { checkHtmlValidity } from '../gates/lib/htmlValidity.ts';
import { checkLinks } from '../gates/lib/links.ts';
import { compareFolders } from '../gates/lib/reproducibility.ts';
import { serveFolder } from '../gates/lib/servedFolder.ts';
import { distDir, siteUrl } from '../support/builtSite';

/**
 * Each gate must fail on a deliberately broken copy of the built site: the
 * copy is made in a temporary folder, one page gets one breakage, and the
 * gate must name that page and that breakage. The real build is not touched.
 */

const victim = 'en/index.html';
let copy: BrokenCopy;

// Copying and checking a whole site is slow on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async () => {
  copy = await copyBuiltSite(distDir);
});
test.afterEach(async ({ page }) => {
  // The page may still be fetching (the service worker precaches after load):
  // stop serving the copy, letting running handlers finish, before deleting it.
  await page.unrouteAll({ behavior: 'wait' });
  await copy.cleanup();
});

test('an image without alt text fails the accessibility gate', async ({ page, baseURL }) => {
  await copy.inject(victim, '<img src="/favicon.svg" width="24" height="24">');
  await serveFolder(page, copy.dir, baseURL!);
  await page.goto('/en/');
  const violations = await accessibilityViolations(page);
  expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
});

test('an unlabelled input fails the accessibility gate', async ({ page, baseURL }) => {
  await copy.inject(victim, '<input type="text" name="unlabelled">');
  await serveFolder(page, copy.dir, baseURL!);
  await page.goto('/en/');
  const violations = await accessibilityViolations(page);
  expect(violations.some((v) => v.startsWith('label'))).toBe(true);
});

test('the unbroken copy passes the accessibility gate (so the two tests above fail for their breakage)', async ({ page, baseURL }) => {
  await serveFolder(page, copy.dir, baseURL!);
  await page.goto('/en/');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a broken link and a missing #anchor fail the link gate', async () => {
  await copy.inject(victim, '<p><a href="/en/no-such-page/">gone</a> <a href="/en/#no-such-anchor">nowhere</a></p>');
  const problems = await checkLinks(copy.dir, siteUrl, [victim]);
  const onVictim = problems.filter((p) => p.file === victim).map((p) => p.message);
  expect(onVictim.some((m) => m.includes('/en/no-such-page/'))).toBe(true);
  expect(onVictim.some((m) => m.includes('#no-such-anchor'))).toBe(true);
});

test('a broken hreflang alternate fails the link gate', async () => {
  const file = path.join(copy.dir, victim);
  const html = await readFile(file, 'utf8');
  await writeFile(file, html.replace('<meta charset="utf-8">', `<meta charset="utf-8"><link rel="alternate" hreflang="ru" href="${siteUrl}/ru/no-such-page/">`));
  const problems = await checkLinks(copy.dir, siteUrl, [victim]);
  expect(problems.some((p) => p.file === victim && p.message.includes('/ru/no-such-page/'))).toBe(true);
});

test('an inline script fails the CSP gate', async () => {
  await copy.inject(victim, '<script>document.title = "changed"</script>');
  const problems = await checkCsp(copy.dir);
  expect(problems.some((p) => p.file === victim && p.message.startsWith('inline script not allowed'))).toBe(true);
});

test('an inline event handler and a style attribute fail the CSP gate', async () => {
  await copy.inject(victim, '<button type="button" onclick="void 0" style="color: red">x</button>');
  const messages = (await checkCsp(copy.dir)).filter((p) => p.file === victim).map((p) => p.message);
  expect(messages).toContain('inline event handler onclick attribute on <button>');
  expect(messages).toContain('a style attribute on <button>, which the policy blocks');
});

test('an inline script is blocked in the browser and reported as a CSP violation', async ({ page, baseURL }) => {
  await copy.inject(victim, '<script>document.title = "changed"</script>');
  await serveFolder(page, copy.dir, baseURL!);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto('/en/');
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('changed');
});

test('a duplicate id fails the HTML validity gate', async () => {
  await copy.inject(victim, '<p id="main">duplicate</p>');
  const problems = await checkHtmlValidity(copy.dir, [victim]);
  expect(problems.some((p) => p.file === victim && p.message.startsWith('no-dup-id'))).toBe(true);
});

test('a heavy page, a render-blocking script and an eager island fail the budget gate', async () => {
  const filler = Array.from({ length: 4000 }, (_, i) => `<p>Paragraph ${i * 7919} of filler text</p>`).join('');
  await copy.inject(victim, `${filler}<script src="/blocking.js"></script><astro-island component-url="/_astro/x.js" client="load"></astro-island>`);
  const messages = (await checkBudgets(copy.dir)).filter((p) => p.file === victim).map((p) => p.message);
  expect(messages.some((m) => m.startsWith('HTML + CSS is'))).toBe(true);
  expect(messages).toContain('render-blocking script: /blocking.js');
  expect(messages.some((m) => m.startsWith('island code loads at start'))).toBe(true);
});

test('a build timestamp in one page fails the reproducibility comparison', async () => {
  await copy.inject(victim, `<p>Built at ${new Date().toISOString()}</p>`);
  const differences = await compareFolders(distDir, copy.dir);
  expect(differences).toHaveLength(1);
  expect(differences[0]).toMatch(/^en\/index\.html: differs at line \d+/);
});
