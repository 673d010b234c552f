import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Locale, isLocale, localeCodes, sourceLocale } from '../i18n/locales';
import { type FactName, type SynonymGroup, buildSearchIndex } from './buildSearchIndex';
import type { SearchIndexFile } from './searchIndexFormat';
import {
  type ContentItem,
  type PageFields,
  type ProcedureFields,
  type TranslatedItem,
  handbookSlugOf,
  pageSearchSources,
  procedureSearchSources,
} from './searchSources';

/**
 * Reads a content folder straight from disk (no Astro) into the inputs of the
 * search index, for the relevance test and the benchmark. It reads the same
 * files as src/content.config.ts and applies the schema defaults search uses;
 * a browser test checks that the built /search-index/*.json equals what
 * this produces, so the two paths cannot drift apart.
 */

function markdownFiles(folder: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  } catch {
    return [];
  }
  return names.flatMap((name) =>
    name.endsWith('/') ? markdownFiles(path.join(folder, name), `${prefix}${name}`) : name.endsWith('.md') ? [`${prefix}${name}`] : [],
  );
}

function readMarkdown(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function readCollection<T>(contentDir: string, collection: string, fields: (data: Record<string, unknown>) => T): TranslatedItem<T>[] {
  const bySlug = new Map<string, TranslatedItem<T>>();
  const order = [sourceLocale, ...localeCodes.filter((l) => l !== sourceLocale)];
  for (const locale of order) {
    for (const file of markdownFiles(path.join(contentDir, collection, locale))) {
      const slug = file.replace(/\.md$/, '');
      const { data, body } = readMarkdown(path.join(contentDir, collection, locale, file));
      const item: ContentItem<T> = { data: fields(data), body, locale };
      if (locale === sourceLocale) bySlug.set(slug, { slug, source: item, translations: { [locale]: item } });
      else {
        const group = bySlug.get(slug);
        if (group) group.translations[locale] = item;
      }
    }
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

export function readPages(contentDir: string): TranslatedItem<PageFields>[] {
  return readCollection(contentDir, 'pages', (d) => ({
    title: text(d['title']),
    description: text(d['description']),
    section: text(d['section'], 'center'),
    view: text(d['view'], 'article'),
    keywords: texts(d['keywords']),
  }));
}

export function readProcedures(contentDir: string): TranslatedItem<ProcedureFields>[] {
  return readCollection(contentDir, 'procedures', (d) => ({
    title: text(d['title']),
    officialName: text(d['officialName']),
    description: text(d['description']),
    lifeEvent: text(d['lifeEvent']),
    keywords: texts(d['keywords']),
  }));
}

export function readSynonyms(contentDir: string): SynonymGroup[] {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path.join(contentDir, 'search-synonyms.yaml'), 'utf8'));
  } catch {
    return [];
  }
  if (!raw || typeof raw !== 'object') return [];
  return Object.values(raw as Record<string, { terms?: unknown }>).map((group) => ({ terms: texts(group?.terms).map((t) => t.trim()) }));
}

export function readFactNames(contentDir: string, locale: Locale): FactName {
  const facts = (parseYaml(readFileSync(path.join(contentDir, 'facts.yaml'), 'utf8')) ?? {}) as Record<string, { name?: Record<string, string> }>;
  return (id) => facts[id]?.name?.[locale] ?? facts[id]?.name?.[sourceLocale];
}

/** Every locale's search index for a content folder, keyed by locale code. */
export function readSearchIndexes(contentDir: string): Map<Locale, SearchIndexFile> {
  const pages = readPages(contentDir);
  const procedures = readProcedures(contentDir);
  const synonyms = readSynonyms(contentDir);
  const handbookSlug = handbookSlugOf(pages);
  const indexes = new Map<Locale, SearchIndexFile>();
  for (const locale of localeCodes) {
    if (!isLocale(locale)) continue;
    const sources = [...pageSearchSources(locale, pages), ...procedureSearchSources(locale, procedures, handbookSlug)];
    indexes.set(locale, buildSearchIndex(locale, sources, synonyms, readFactNames(contentDir, locale)));
  }
  return indexes;
}
