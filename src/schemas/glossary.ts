import { z } from 'astro/zod';
import { sources, translationFields } from './common';
import { expected } from './expected';

/** A Vietnamese administrative term, explained in the page's language. */
export const glossarySchema = z.strictObject({
  /** The term in the page's language, for example "Temporary residence". Required. */
  term: z.string().min(1),
  /** The Vietnamese term, for example "tạm trú". Required. */
  termVi: z.string().min(1),
  /** A plain explanation in one to three sentences. Required. */
  explanation: z.string().min(10, expected('sentence')),
  /** Where the explanation comes from. Optional. */
  sources: sources.optional(),
  ...translationFields,
});

export type GlossaryData = z.infer<typeof glossarySchema>;
