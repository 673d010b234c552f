import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, localeCodes } from '../../i18n/locales';
import { collectSearchIndex } from '../../search/collectSearchIndex';

/**
 * /search-index/<locale>.json: what the search island ranks, built with the
 * site. Only titles, official names, summaries, headings, keywords, sections
 * and addresses: no page text.
 */
export const getStaticPaths = (() => localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await collectSearchIndex(params['locale'] as Locale);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
