import type { z } from 'astro/zod';
import { procedureSchema, procedureTranslationSchema } from '../schemas/procedure.ts';
import { sharedFieldNames } from '../schemas/sharedFieldNames.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { pageSchema, pageTranslationSchema } from '../schemas/page.ts';
import type { LocalizedCollection } from './contentTree.ts';

/**
 * Fields a translation does not write but takes from its Vietnamese source
 * (src/schemas/sharedFieldNames.ts). The check, the content model and Astro's
 * collections all complete a translation through `withSharedFields`; the web
 * editor's translation forms use the translation schemas below.
 */
export const sharedFields: Record<LocalizedCollection, readonly string[]> = sharedFieldNames;

/** The schema of a Vietnamese file, and of a translation (without the shared fields), per collection. */
export const collectionSchemas: Record<LocalizedCollection, { source: z.ZodObject; translation: z.ZodObject }> = {
  pages: { source: pageSchema, translation: pageTranslationSchema },
  procedures: { source: procedureSchema, translation: procedureTranslationSchema },
  glossary: { source: glossarySchema, translation: glossarySchema },
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A translation's fields as the site uses them: its own, with the shared
 * fields of its source. A shared field written in the translation anyway is
 * left out here (the check reports it), so the source always wins.
 */
export function withSharedFields(collection: LocalizedCollection, source: unknown, translation: unknown): Record<string, unknown> {
  const shared = sharedFields[collection];
  const own = isRecord(translation) ? translation : {};
  if (shared.length === 0) return own;
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(own).filter(([key]) => !shared.includes(key)));
  if (isRecord(source)) for (const key of shared) if (source[key] !== undefined) merged[key] = source[key];
  return merged;
}
