// @ts-check
import path from 'node:path';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { isIndexablePage } from './src/i18n/indexablePages.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { decapAdmin } from './src/integrations/decap/decapAdmin.ts';
import { postBuild } from './src/integrations/postBuild.ts';
import { readSiteAddress } from './src/model/siteAddress.ts';
import { siteAddressForBuild } from './src/site/siteAddress.ts';
import { previewNotFound } from './src/integrations/preview/previewNotFound.ts';

// Tests and the benchmark build other content trees into other folders, so
// builds never overwrite each other: see tests/support/buildSite.ts.
const projectDir = import.meta.dirname;
const contentDir = process.env.CONTENT_DIR ?? './content';
const outDir = path.resolve(process.env.OUT_DIR ?? './dist');
// Checked file by file before the build (src/check/rules/publicFilesRule.ts).
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? './public');
// Astro writes generated modules into <root>/.astro/ under fixed names; two
// builds sharing it race (one renames the other's file away). Builds that run
// beside others (the tests') each name a root of their own; the engine's
// code stays where it is (srcDir).
const root = process.env.ASTRO_ROOT ?? projectDir;
// A malformed site.yaml must not crash here: the content check names the problem.
export default defineConfig({
  // PUBLISH=1 refuses a missing or placeholder address; other builds use the local preview address.
  site: siteAddressForBuild(readSiteAddress(contentDir), process.env, `${contentDir}/site.yaml`),
  root,
  srcDir: path.join(projectDir, 'src'),
  outDir,
  publicDir,
  cacheDir: path.resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro'),
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
    // Last: the service worker, the nginx CSP include and precompression, after every page and the sitemap.
    postBuild({ contentDir }),
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
