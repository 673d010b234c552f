/**
 * Draws the link-preview image of each locale (public/og/<code>.png, 1200×630)
 * from the site's name in content/site.yaml, in headless Chromium. Run it
 * after changing the site's name or adding a language:
 *
 *   node_modules/.bin/node scripts/make-share-images.ts
 *
 * The images are committed, so the build itself needs no browser.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = process.env['CONTENT_DIR'] ?? path.join(root, 'content');
const site = parse(await readFile(path.join(contentDir, 'site.yaml'), 'utf8')) as {
  name: Record<string, string>;
  areaServed: Record<string, string>;
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await mkdir(path.join(root, 'public/og'), { recursive: true });
for (const locale of locales) {
  const name = site.name[locale.code] ?? site.name[sourceLocale] ?? '';
  const area = site.areaServed[locale.code] ?? site.areaServed[sourceLocale] ?? '';
  await page.setContent(`<!doctype html><html lang="${locale.lang}"><body style="margin:0;width:1200px;height:630px;
    display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;
    background:#8b1a1a;color:#fff;font-family:'Noto Sans','Noto Sans CJK SC','Noto Sans CJK KR',sans-serif">
    <svg width="120" height="120" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#fff"/>
    <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#8b1a1a" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>
    <p style="font-size:72px;font-weight:700;line-height:1.15;margin:40px 0 16px">${escape(name)}</p>
    <p style="font-size:40px;margin:0;opacity:.9">${escape(area)}</p></body></html>`);
  const file = path.join(root, 'public/og', `${locale.code}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(root, file)}`);
}
await browser.close();
