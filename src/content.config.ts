import { defineCollection } from 'astro:content';
import { factSchema } from './schemas/fact';
import { holidaySchema } from './schemas/holiday';
import { indicatorSchema } from './schemas/indicator';
import { glossarySchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { procedureSchema } from './schemas/procedure';
import { siteSchema } from './schemas/site';
import { searchSynonymSchema } from './schemas/searchSynonym';
import { contentRoot } from './content/paths';
import { dataLoader, localizedLoader } from './model/astroLoaders';

/**
 * Everything about the province lives in `content/`; this file only says how
 * Astro gets it: from src/model, the one reader of the content folder that
 * the check, the search index and the translation status use too. Markdown
 * sits in mirrored per-locale trees, so an entry's id is `<locale>/<slug>`,
 * for example `en/hotlines` (the home page is `vi/index`).
 */

const pages = defineCollection({
  loader: localizedLoader(contentRoot, 'pages', true),
  schema: pageSchema,
});

const procedures = defineCollection({
  loader: localizedLoader(contentRoot, 'procedures', true),
  schema: procedureSchema,
});

const glossary = defineCollection({
  loader: localizedLoader(contentRoot, 'glossary', false),
  schema: glossarySchema,
});

const facts = defineCollection({
  loader: dataLoader(contentRoot, 'facts.yaml', { kind: 'entries' }),
  schema: factSchema,
});

/** Targets and measured results about the center, shown as a table and a chart. */
const indicators = defineCollection({
  loader: dataLoader(contentRoot, 'indicators.yaml', { kind: 'entries' }),
  schema: indicatorSchema,
});

const site = defineCollection({
  loader: dataLoader(contentRoot, 'site.yaml', { kind: 'single', id: 'site' }),
  schema: siteSchema,
});

/** Public holidays: the days offices are closed, for the "open now" statuses. */
const holidays = defineCollection({
  loader: dataLoader(contentRoot, 'holidays.yaml', { kind: 'list' }),
  schema: holidaySchema,
});

/** Words that mean the same to someone searching (TRC → thẻ tạm trú), for the search index. */
const searchSynonyms = defineCollection({
  loader: dataLoader(contentRoot, 'search-synonyms.yaml', { kind: 'entries' }),
  schema: searchSynonymSchema,
});

export const collections = { pages, procedures, glossary, facts, site, indicators, holidays, searchSynonyms };
