import { z } from 'astro/zod';
import { expected } from './expected';

/**
 * A group of words and phrases that mean the same thing to someone searching,
 * in `content/search-synonyms.yaml`, keyed by an id. When a page's title,
 * official name, keywords or headings contain one of the terms, every other
 * term of the group is added to the page's search aliases, in every language.
 */
export const searchSynonymSchema = z.strictObject({
  /** The words and phrases, in any language, with or without tones: at least two. Required. */
  terms: z.array(z.string().trim().min(1)).min(2, expected('twoTerms')),
  /** Why the group exists, for staff. Optional. */
  note: z.string().optional(),
});

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
