import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './buildSite';
import { resolveSiteAddress } from '../../src/site/siteAddress';
import { pageElements } from '../../src/build/htmlDocument';

/** The folder of the built site the browser tests run against (OUT_DIR, default dist/). */
export const distDir = path.resolve(projectRoot, process.env['OUT_DIR'] ?? 'dist');

/**
 * The address the build wrote into canonical links and the sitemap: `url` in
 * content/site.yaml, or the local preview address while it is not set
 * (resolved as astro.config.mjs does, src/site/siteAddress.ts).
 */
const siteSettingsUrl = (
  parse(readFileSync(path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content', 'site.yaml'), 'utf8')) as { url?: string }
).url;
const resolved = resolveSiteAddress(siteSettingsUrl, { publish: false });
export const siteUrl: string = resolved.ok ? resolved.url : '';

/** Every page path listed in the built sitemap, for example `/en/hotlines/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Turns an absolute URL on the public site into a path on the local preview. */
export function localPath(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `${url.pathname}${url.search}`;
}

/** The JSON-LD blocks of an HTML page, parsed; a block that is not valid JSON throws. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return pageElements(html)
    .filter((e) => e.tagName === 'script' && e.attributes.get('type') === 'application/ld+json')
    .map((e) => JSON.parse(e.text) as Record<string, unknown>);
}
