import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../content/paths';
import type { Locale } from '../i18n/locales';
import { splitFrontmatter } from './sourceRevision.ts';
import { sourceUpdatedDate } from './sourceUpdated.ts';
import { type TranslatedCollection, type TranslationReport, findEntry, findTranslation, readTranslationReport } from './translationStatus.ts';

/** The report of the content being built, read once per build. */
let report: TranslationReport | undefined;
export function buildTranslationReport(): TranslationReport {
  report ??= readTranslationReport(contentRoot);
  return report;
}

/** The `reviewed` date a source file gives, if any. */
function reviewedDate(file: string): Date | undefined {
  const text = readFileSync(file, 'utf8');
  const data: unknown = parseYaml(file.endsWith('.md') ? splitFrontmatter(text).frontmatter : text);
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['reviewed'] : undefined;
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * Whether a translated page lags behind its Vietnamese source, and since
 * when: the source's last commit date, or its `reviewed` date outside git.
 * Undefined when the translation is current, unstamped or does not exist.
 */
export function outdatedSince(collection: TranslatedCollection, slug: string, locale: Locale): { sourceUpdated: Date | undefined } | undefined {
  const found = findTranslation(buildTranslationReport(), collection, slug, locale);
  if (!found || found.translation.state !== 'outdated') return undefined;
  const sourceFile = path.join(contentRoot, found.entry.file);
  return { sourceUpdated: sourceUpdatedDate(sourceFile, reviewedDate(sourceFile)) };
}

/** The locales (besides the source) that have a translation of the entry, in `locales.ts` order. */
export function translatedInto(collection: TranslatedCollection, slug: string): Locale[] {
  const entry = findEntry(buildTranslationReport(), collection, slug);
  return entry ? entry.translations.filter((t) => t.state !== 'missing').map((t) => t.locale) : [];
}
