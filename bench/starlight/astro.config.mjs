// The Starlight + Pagefind site that `npm run bench` builds beside the portal
// (bench/starlightSite.ts writes the generated pages to src/content/docs/,
// which is not committed, and sets the output folder with STARLIGHT_OUT_DIR).
// Starlight's defaults, Pagefind search included, in the portal's five
// languages. The sidebar holds only the home page, so no page
// carries a 2,000-link menu: the fastest fair configuration for Starlight.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.invalid',
  outDir: process.env.STARLIGHT_OUT_DIR ?? './dist',
  cacheDir: process.env.STARLIGHT_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Bench',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Tiếng Việt', lang: 'vi' },
        en: { label: 'English', lang: 'en' },
        ru: { label: 'Русский', lang: 'ru' },
        zh: { label: '简体中文', lang: 'zh-CN' },
        ko: { label: '한국어', lang: 'ko' },
      },
      sidebar: [{ label: 'Home', link: '/' }],
    }),
  ],
});
