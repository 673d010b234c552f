import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { headMeta } from '../build/htmlDocument.ts';

/**
 * Which built pages belong in the sitemap: those a search engine may index.
 * A page that says `noindex` (a locale's URL showing the Vietnamese source
 * for want of a translation, a 404 page) is left out, so it is never listed
 * as another language's alternate either.
 */

/** True when the built page at `pageUrl` (absolute or site-relative) does not ask to stay out of the index. */
export function isIndexablePage(pageUrl: string, outDir: string): boolean {
  const pathname = decodeURIComponent(new URL(pageUrl, 'https://site.invalid').pathname);
  const file = pathname.endsWith('.html') ? path.join(outDir, pathname) : path.join(outDir, pathname, 'index.html');
  if (!existsSync(file)) return true;
  const robots = headMeta(readFileSync(file, 'utf8'), 'name', 'robots')?.get('content') ?? '';
  return !robots.toLowerCase().split(/[\s,]+/).includes('noindex');
}
