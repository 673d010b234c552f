// @ts-check
import { readFileSync } from 'node:fs';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse as parseYaml } from 'yaml';
import { locales, sourceLocale } from './src/i18n/locales.ts';

// Tests and the benchmark build other content trees into other folders, so
// builds never overwrite each other: see tests/support/buildSite.ts.
const contentDir = process.env.CONTENT_DIR ?? './content';
/** @type {{ url: string }} */
const siteSettings = parseYaml(readFileSync(`${contentDir}/site.yaml`, 'utf8'));

export default defineConfig({
  site: siteSettings.url,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    react(),
    sitemap({
      // Each language's 404 page is routed as /<code>/404/; it is not content.
      filter: (page) => !/\/404\/$/.test(page),
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
});
