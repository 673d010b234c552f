/**
 * Draws the PNG app icons from the SVGs in public/icons/ with the local
 * Chromium, so no image tool or network is needed. Run after changing an SVG:
 *   node_modules/.bin/node src/pwa/renderIcons.ts
 * The PNGs are committed; the build does not run this.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

const iconsDir = path.resolve(import.meta.dirname, '../../public/icons');
const outputs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const { svg, png, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = await readFile(path.join(iconsDir, svg), 'utf8');
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.screenshot({ path: path.join(iconsDir, png), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
