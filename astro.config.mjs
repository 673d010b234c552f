// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse as parseYaml } from 'yaml';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { isIndexablePage } from './src/i18n/indexablePages.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { decapAdmin } from './src/integrations/decap/decapAdmin.ts';
import { previewNotFound } from './src/integrations/preview/previewNotFound.ts';

// Tests and the benchmark build other content trees into other folders, so
// builds never overwrite each other: see tests/support/buildSite.ts.
const contentDir = process.env.CONTENT_DIR ?? './content';
const outDir = process.env.OUT_DIR ?? './dist';
/** @type {{ url: string }} */
const siteSettings = parseYaml(readFileSync(`${contentDir}/site.yaml`, 'utf8'));

export default defineConfig({
  site: siteSettings.url,
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // First, so a content mistake stops the build before anything else runs.
    contentCheck({ contentDir }),
    // The staff web editor at /admin/, only in `npm run cms` (dev server); never published.
    decapAdmin({ enabled: process.env.DECAP_CMS === '1', backendPort: Number(process.env.DECAP_SERVER_PORT ?? 8081) }),
    react(),
    // `astro preview` (npm start) answers /en/… with the English 404 page, as nginx does.
    previewNotFound(),
    sitemap({
      // Each language's 404 page is routed as /<code>/404/; it is not content.
      // Pages marked noindex (a locale showing the Vietnamese for want of a
      // translation) stay out too, so they are never listed as alternates.
      filter: (page) => !/\/404\/$/.test(page) && isIndexablePage(page, path.resolve(import.meta.dirname, outDir)),
      i18n: {
        defaultLocale: sourceLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
    }),
  ],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // No code blocks in content; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // One stylesheet for every page: each page uses nearly all of it, and one
  // file compresses about 500 bytes smaller than two (the 14 KB page budget).
  vite: { build: { cssCodeSplit: false } },
});
