import type { APIRoute, GetStaticPaths } from 'astro';
import { pickLocalized } from '../../content/localized';
import { getSiteSettings } from '../../content/store';
import { type Locale, localeCodes, localeConfig } from '../../i18n/locales';
import { openSearchDescription } from '../../feeds/openSearchDescription';
import { slugOfView } from '../../routing/specialPages';
import { pageUrl } from '../../routing/urls';

/** /opensearch/<locale>.xml: lets browsers add the site's search in that language. */
export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const site = await getSiteSettings();
  const searchSlug = (await slugOfView('search')) ?? 'search';
  const body = openSearchDescription({
    shortName: pickLocalized(site.shortName, locale).text,
    description: pickLocalized(site.name, locale).text,
    lang: localeConfig(locale).lang,
    searchUrl: new URL(pageUrl(locale, searchSlug), site.url).href,
    selfUrl: new URL(`/opensearch/${locale}.xml`, site.url).href,
    iconUrl: new URL('/favicon.svg', site.url).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
