import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { factSchema } from './schemas/fact';
import { holidaySchema } from './schemas/holiday';
import { indicatorSchema } from './schemas/indicator';
import { glossarySchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { procedureSchema } from './schemas/procedure';
import { siteSchema } from './schemas/site';
import { searchSynonymSchema } from './schemas/searchSynonym';
import { contentRoot } from './content/paths';

/**
 * Everything about the province lives in `content/`; this file only says how
 * to read it. Markdown sits in mirrored per-locale trees, so an entry's id is
 * `<locale>/<slug>`, for example `en/hotlines`.
 */

const pages = defineCollection({
  loader: glob({ pattern: '*/**/*.md', base: `${contentRoot}/pages` }),
  schema: pageSchema,
});

const procedures = defineCollection({
  loader: glob({ pattern: '*/**/*.md', base: `${contentRoot}/procedures` }),
  schema: procedureSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*/**/*.yaml', base: `${contentRoot}/glossary` }),
  schema: glossarySchema,
});

const facts = defineCollection({
  loader: file(`${contentRoot}/facts.yaml`),
  schema: factSchema,
});

/** Targets and measured results about the center, shown as a table and a chart. */
const indicators = defineCollection({
  loader: file(`${contentRoot}/indicators.yaml`),
  schema: indicatorSchema,
});

const site = defineCollection({
  loader: file(`${contentRoot}/site.yaml`, {
    parser: (text) => ({ site: parseYaml(text) as Record<string, unknown> }),
  }),
  schema: siteSchema,
});

/** Public holidays: the days offices are closed, for the "open now" statuses. */
const holidays = defineCollection({
  loader: file(`${contentRoot}/holidays.yaml`),
  schema: holidaySchema,
});

/** Words that mean the same to someone searching (TRC → thẻ tạm trú), for the search index. */
const searchSynonyms = defineCollection({
  loader: file(`${contentRoot}/search-synonyms.yaml`),
  schema: searchSynonymSchema,
});

export const collections = { pages, procedures, glossary, facts, site, indicators, holidays, searchSynonyms };
