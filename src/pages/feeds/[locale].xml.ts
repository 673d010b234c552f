import type { APIRoute, GetStaticPaths } from 'astro';
import { pickLocalized } from '../../content/localized';
import { getSiteFact, getSiteSettings } from '../../content/store';
import { type Locale, localeCodes, localeConfig } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { atomFeed } from '../../feeds/atomFeed';
import { getRecentChanges } from '../../feeds/recentChanges';
import { slugOfView } from '../../routing/specialPages';
import { pageUrl } from '../../routing/urls';

/** /feeds/<locale>.xml: the what's-new list as an Atom feed. */
export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const site = await getSiteSettings();
  const t = useTranslations(locale);
  const siteName = pickLocalized(site.name, locale).text;
  const agency = await getSiteFact('managingAgency');
  const whatsNewSlug = (await slugOfView('whats-new')) ?? '';
  const changes = await getRecentChanges(locale);
  const body = atomFeed({
    title: t('whatsNew.feedTitle', { site: siteName }),
    selfUrl: new URL(`/feeds/${locale}.xml`, site.url).href,
    pageUrl: new URL(pageUrl(locale, whatsNewSlug), site.url).href,
    lang: localeConfig(locale).lang,
    author: pickLocalized(agency.name, locale).text,
    entries: changes.map((c) => ({
      title: c.title,
      summary: c.description,
      url: new URL(c.url, site.url).href,
      updated: c.updated,
      lang: localeConfig(c.contentLocale).lang,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
