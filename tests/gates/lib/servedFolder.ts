import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Makes the browser page load every URL of `origin` from a built site folder
 * on disk instead of the preview server, so a broken copy of the site can be
 * opened at the same addresses. Missing files get the 404 page.
 */
export async function serveFolder(page: Page, dir: string, origin: string): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    let file = path.join(dir, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      await route.fulfill({ status: 404, path: path.join(dir, '404.html') });
      return;
    }
    await route.fulfill({ path: file });
  });
}
