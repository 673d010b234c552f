import type { z } from 'astro/zod';
import { type Locale, isLocale, sourceLocale } from '../i18n/locales.ts';
import { type Fact, factSchema } from '../schemas/fact.ts';
import { type GlossaryData, glossarySchema } from '../schemas/glossary.ts';
import { type PageData, pageSchema } from '../schemas/page.ts';
import { type ProcedureData, procedureSchema } from '../schemas/procedure.ts';
import { type SearchSynonym, searchSynonymSchema } from '../schemas/searchSynonym.ts';
import type { ContentEntry, ContentTree, LocalizedCollection } from './contentTree.ts';
import { withSharedFields } from './sharedFields.ts';

/**
 * The content folder as the site uses it: every file of src/model's one
 * reading, validated by the same zod schemas the check uses (so defaults are
 * applied once, by the schema), grouped by slug across languages. The search
 * index read in Node (tests, the benchmark) and any script that needs
 * validated content read it here; Astro's collections are fed from the same
 * reading (src/content.config.ts).
 */

export interface ModelEntry<T> {
  locale: Locale;
  slug: string;
  /** `<locale>/<slug>`, as Astro names collection entries. */
  id: string;
  /** The file as shown in messages. */
  file: string;
  data: T;
  body: string;
}

export interface ModelGroup<T> {
  slug: string;
  source: ModelEntry<T>;
  translations: Partial<Record<Locale, ModelEntry<T>>>;
}

export interface ContentModel {
  pages: ModelGroup<PageData>[];
  procedures: ModelGroup<ProcedureData>[];
  glossary: ModelGroup<GlossaryData>[];
  facts: ReadonlyMap<string, Fact>;
  synonyms: SearchSynonym[];
}

/** Content that does not pass its schema; the build's content check names the line before this can happen. */
export class InvalidContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file} — ${field} — ${problem} — expected content that passes npm run check`);
    this.name = 'InvalidContentError';
  }
}

function parse<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InvalidContentError(file, issue.path.join('.') || '(whole file)', issue.message);
  }
  return result.data;
}

/** The locale folder and slug of an entry, checked: `pages/xx/a.md` is not a language. */
export function entryLocale(entry: ContentEntry): Locale {
  if (!isLocale(entry.folder)) throw new InvalidContentError(entry.file, 'folder', 'not a language folder');
  return entry.folder;
}

function groups<T>(tree: ContentTree, collection: LocalizedCollection, schema: z.ZodType<T>): ModelGroup<T>[] {
  const entries = tree.entries.filter((e) => e.collection === collection);
  const bySlug = new Map<string, ModelGroup<T> & { sourceFields: unknown }>();
  const toEntry = (entry: ContentEntry, locale: Locale, fields: unknown): ModelEntry<T> => ({
    locale,
    slug: entry.slug,
    id: `${locale}/${entry.slug}`,
    file: entry.file,
    data: parse(schema, fields, entry.file),
    body: entry.body,
  });
  for (const entry of entries) {
    if (entry.folder !== sourceLocale) continue;
    const source = toEntry(entry, sourceLocale, entry.fields?.data);
    bySlug.set(entry.slug, { slug: entry.slug, source, translations: { [sourceLocale]: source }, sourceFields: entry.fields?.data });
  }
  for (const entry of entries) {
    if (entry.folder === sourceLocale) continue;
    const locale = entryLocale(entry);
    const group = bySlug.get(entry.slug);
    if (!group) {
      throw new InvalidContentError(entry.file, 'slug', `"${entry.slug}" has no ${sourceLocale} source`);
    }
    group.translations[locale] = toEntry(entry, locale, withSharedFields(collection, group.sourceFields, entry.fields?.data));
  }
  return [...bySlug.values()]
    .map(({ slug, source, translations }) => ({ slug, source, translations }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

function keyed<T>(doc: ContentTree['facts'], schema: z.ZodType<T>): [string, T][] {
  const data = doc?.data;
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).map(([id, value]) => [id, parse(schema, value, doc.file)]);
}

const models = new WeakMap<ContentTree, ContentModel>();

export function contentModel(tree: ContentTree): ContentModel {
  let model = models.get(tree);
  if (!model) {
    model = {
      pages: groups(tree, 'pages', pageSchema),
      procedures: groups(tree, 'procedures', procedureSchema),
      glossary: groups(tree, 'glossary', glossarySchema),
      facts: new Map(keyed(tree.facts, factSchema)),
      synonyms: keyed(tree.data.get('search-synonyms.yaml'), searchSynonymSchema).map(([, group]) => group),
    };
    models.set(tree, model);
  }
  return model;
}
