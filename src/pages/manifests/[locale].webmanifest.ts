import type { APIRoute, GetStaticPaths } from 'astro';
import { pickLocalized } from '../../content/localized';
import { getSiteSettings } from '../../content/store';
import { type Locale, localeCodes, localeConfig } from '../../i18n/locales';
import { webAppManifest } from '../../pwa/webAppManifest';
import { homeSlug, pageUrl } from '../../routing/urls';

/** /manifests/<locale>.webmanifest: the installable app in that language. */
export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const site = await getSiteSettings();
  const config = localeConfig(locale);
  const manifest = webAppManifest({
    name: pickLocalized(site.name, locale).text,
    shortName: pickLocalized(site.shortName, locale).text,
    lang: config.lang,
    dir: config.dir,
    startUrl: pageUrl(locale, homeSlug),
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
