import type { z } from 'astro/zod';
import { allowedDomainsSchema } from '../schemas/allowedDomains';
import { factSchema } from '../schemas/fact';
import { holidaySchema } from '../schemas/holiday';
import { indicatorSchema } from '../schemas/indicator';
import { searchSynonymSchema } from '../schemas/searchSynonym';
import { siteSchema } from '../schemas/site';

/**
 * The data files at the top of the content folder and the schema each is
 * checked against. `entries`: a map of id → entry (facts.yaml); `list`: a list
 * of entries, each with an `id`; `single`: one object (site.yaml).
 * Add a line here when the site starts reading a new data file.
 */
export interface DataFile {
  name: string;
  schema: z.ZodType;
  shape: 'entries' | 'list' | 'single';
  required: boolean;
}

export const dataFiles: readonly DataFile[] = [
  { name: 'site.yaml', schema: siteSchema, shape: 'single', required: true },
  { name: 'facts.yaml', schema: factSchema, shape: 'entries', required: true },
  { name: 'allowed-domains.yaml', schema: allowedDomainsSchema, shape: 'single', required: true },
  { name: 'indicators.yaml', schema: indicatorSchema, shape: 'entries', required: false },
  { name: 'holidays.yaml', schema: holidaySchema, shape: 'list', required: false },
  { name: 'search-synonyms.yaml', schema: searchSynonymSchema, shape: 'entries', required: false },
];
