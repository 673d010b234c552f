import path from 'node:path';
import { contentRoot } from '../content/paths.ts';
import type { Locale } from '../i18n/locales';
import { valueAt } from '../model/contentTree.ts';
import { loadContent } from '../model/loadContent.ts';
import { sourceUpdatedDate } from './sourceUpdated.ts';
import { type TranslatedCollection, type TranslationReport, findEntry, findTranslation, translationReport } from './translationStatus.ts';

/** The report of the content being built, worked out once per reading of the content. */
const reports = new WeakMap<object, TranslationReport>();
export function buildTranslationReport(): TranslationReport {
  const tree = loadContent(contentRoot);
  let report = reports.get(tree);
  if (!report) {
    report = translationReport(tree);
    reports.set(tree, report);
  }
  return report;
}

/** The `reviewed` date a source file gives, if any. */
function reviewedDate(file: string): Date | undefined {
  const entry = loadContent(contentRoot).entries.find((e) => path.resolve(e.absolute) === path.resolve(file));
  const value = valueAt(entry?.fields?.data, 'reviewed');
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
