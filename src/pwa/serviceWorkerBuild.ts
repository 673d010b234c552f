import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getManifest } from 'workbox-build';
import { linkedAddresses } from '../build/htmlDocument';
import { valueAt } from '../model/contentTree';
import { loadContent } from '../model/loadContent';
import { localeCodes, sourceLocale } from '../i18n/locales';
import { localePrefix, pageUrl } from '../routing/urls';

/**
 * Writes <outDir>/sw.js after `astro build`: the service worker template with
 * the list of files to keep on the phone from the first visit (the site
 * shell, and the offline and hotlines pages in every language), each with a
 * content hash, so a new build that changes any of them installs a new cache.
 */
export interface ServiceWorkerBuild {
  /** The built site, OUT_DIR. */
  outDir: string;
  /** The content tree, CONTENT_DIR. */
  contentDir: string;
}

export interface ServiceWorkerConfig {
  version: string;
  precache: { url: string; revision: string | null }[];
  offline: Record<string, string>;
}

/** The slug of the source-language page whose front matter says `view: offline`. */
export function offlinePageSlug(contentDir: string): string {
  const page = loadContent(contentDir).entries.find(
    (entry) => entry.collection === 'pages' && entry.folder === sourceLocale && valueAt(entry.fields?.data, 'view') === 'offline',
  );
  if (!page) throw new Error(`${contentDir} — view — no page has "view: offline" — expected one page to be the offline fallback`);
  return page.slug;
}

/** A page URL as the file Astro wrote for it: `/en/hotlines/` → `en/hotlines/index.html`. */
function pageFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** The built files a page needs: its stylesheets and scripts under /_astro/. */
function pageAssets(html: string): string[] {
  return linkedAddresses(html)
    .filter((address) => address.startsWith('/_astro/'))
    .map((address) => address.slice(1).split(/[?#]/)[0]!);
}

export async function serviceWorkerConfig({ outDir, contentDir }: ServiceWorkerBuild): Promise<ServiceWorkerConfig> {
  const helpPage = valueAt(loadContent(contentDir).site?.data, 'helpPage');
  if (typeof helpPage !== 'string') throw new Error(`${contentDir}/site.yaml — helpPage — missing — expected the slug of the help page`);
  const offlineSlug = offlinePageSlug(contentDir);
  const pages = localeCodes.flatMap((locale) => [pageUrl(locale, offlineSlug), pageUrl(locale, helpPage)]);
  const files = pages.map(pageFile);
  for (const file of files) {
    if (!existsSync(path.join(outDir, file))) throw new Error(`${path.join(outDir, file)} — missing — expected the built page to keep offline`);
  }
  const assets = new Set(files.flatMap((file) => pageAssets(readFileSync(path.join(outDir, file), 'utf8'))));
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['_astro/*.css', 'icons/*', 'manifests/*.webmanifest', 'favicon.svg', ...assets, ...files],
    dontCacheBustURLsMatching: /^_astro\//,
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  const precache = manifestEntries
    .map((entry) => ({ url: `/${entry.url.replace(/index\.html$/, '')}`, revision: entry.revision ?? null }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const version = createHash('sha256').update(JSON.stringify(precache)).digest('hex').slice(0, 16);
  const offline = Object.fromEntries(
    localeCodes
      .map((locale) => [localePrefix(locale), pageUrl(locale, offlineSlug)] as const)
      .sort((a, b) => b[0].length - a[0].length),
  );
  return { version, precache, offline };
}

export async function writeServiceWorker(build: ServiceWorkerBuild): Promise<ServiceWorkerConfig> {
  const config = await serviceWorkerConfig(build);
  const template = readFileSync(path.join(import.meta.dirname, 'serviceWorker.template.js'), 'utf8');
  writeFileSync(path.join(build.outDir, 'sw.js'), template.replace('self.__SW_CONFIG__', JSON.stringify(config)));
  return config;
}
