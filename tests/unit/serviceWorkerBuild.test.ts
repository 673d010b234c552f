import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { localeCodes, sourceLocale } from '../../src/i18n/locales';
import { serviceWorkerConfig } from '../../src/pwa/serviceWorkerBuild';

let dir = '';
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A tiny built site: the offline and hotlines pages in every language, one stylesheet. */
async function builtSite(hotlinesText = 'Call 1800 1096') {
  dir = await mkdtemp(path.join(tmpdir(), 'sw-build-'));
  const contentDir = path.join(dir, 'content');
  const outDir = path.join(dir, 'dist');
  await mkdir(path.join(contentDir, 'pages', sourceLocale), { recursive: true });
  await writeFile(path.join(contentDir, 'site.yaml'), 'helpPage: hotlines\n');
  await writeFile(path.join(contentDir, 'pages', sourceLocale, 'about.md'), '---\ntitle: About\n---\n');
  await writeFile(path.join(contentDir, 'pages', sourceLocale, 'no-connection.md'), '---\ntitle: Offline\nview: offline\n---\n');
  await mkdir(path.join(outDir, '_astro'), { recursive: true });
  await writeFile(path.join(outDir, '_astro', 'site.abc123.css'), 'body{}');
  await writeFile(path.join(outDir, 'favicon.svg'), '<svg/>');
  await mkdir(path.join(outDir, 'icons'));
  await writeFile(path.join(outDir, 'icons', 'icon.svg'), '<svg/>');
  await mkdir(path.join(outDir, 'manifests'));
  await writeFile(path.join(outDir, 'manifests', 'en.webmanifest'), '{}');
  for (const locale of localeCodes) {
    const prefix = locale === sourceLocale ? '' : `${locale}/`;
    for (const [slug, text] of [['no-connection', 'Offline'], ['hotlines', hotlinesText]] as const) {
      await mkdir(path.join(outDir, prefix, slug), { recursive: true });
      await writeFile(path.join(outDir, prefix, slug, 'index.html'), `<link href="/_astro/site.abc123.css">${text}`);
    }
  }
  return { contentDir, outDir };
}

describe('serviceWorkerConfig', () => {
  test('keeps the shell, the offline and the hotlines pages of every language', async () => {
    const config = await serviceWorkerConfig(await builtSite());
    const urls = config.precache.map((e) => e.url);
    expect(urls).toContain('/_astro/site.abc123.css');
    expect(urls).toContain('/no-connection/');
    expect(urls).toContain('/en/hotlines/');
    expect(urls).toHaveLength(4 + localeCodes.length * 2);
    expect(config.precache.find((e) => e.url === '/_astro/site.abc123.css')?.revision).toBeNull();
    expect(config.offline['/en/']).toBe('/en/no-connection/');
    expect(Object.keys(config.offline).at(-1)).toBe('/');
  });

  test('the version is the same for the same files and changes when a kept page changes', async () => {
    const first = (await serviceWorkerConfig(await builtSite())).version;
    await rm(dir, { recursive: true, force: true });
    const again = (await serviceWorkerConfig(await builtSite())).version;
    await rm(dir, { recursive: true, force: true });
    const changed = (await serviceWorkerConfig(await builtSite('Call 1900 0000'))).version;
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
  });

  test('a missing offline page stops the build, naming the file', async () => {
    const site = await builtSite();
    await rm(path.join(site.outDir, 'en', 'no-connection'), { recursive: true });
    await expect(serviceWorkerConfig(site)).rejects.toThrow(/en\/no-connection\/index\.html — missing/);
  });
});
