import { type Locale, localeCodes, sourceLocale } from '../i18n/locales.ts';
import { type ContentTree, readContentTree } from '../model/contentTree.ts';
import { sharedFieldNames as sharedFields } from '../schemas/sharedFieldNames.ts';
import { recordedRevision, sourceRevision } from './sourceRevision.ts';

/**
 * What each translation's state is, read straight from the content folder, so
 * `npm run i18n:status`, `npm run i18n:stamp`, the staff report page and the
 * notices on translated pages all agree.
 */

/** The collections whose entries are translated, and the file type of each. */
export const translatedCollections = [
  { collection: 'pages', extension: '.md', kind: 'markdown' },
  { collection: 'procedures', extension: '.md', kind: 'markdown' },
  { collection: 'glossary', extension: '.yaml', kind: 'yaml' },
] as const;

export type TranslatedCollection = (typeof translatedCollections)[number]['collection'];

/**
 * - `current`: stamped with the source's present revision.
 * - `outdated`: stamped with an older revision: the Vietnamese changed since.
 * - `unstamped`: translated but never stamped; run `npm run i18n:stamp`.
 * - `missing`: no translation; the locale shows the Vietnamese with a notice.
 */
export type TranslationState = 'current' | 'outdated' | 'unstamped' | 'missing';

export interface TranslationFile {
  locale: Locale;
  state: TranslationState;
  /** Path from the content folder, for example `pages/en/hotlines.md`; absent when missing. */
  file?: string;
  /** The revision the translation records, if any. */
  recorded?: string;
}

/** One Vietnamese source and the state of its translation in every other locale. */
export interface SourceEntry {
  collection: TranslatedCollection;
  /** The slug shared by every locale, for example `hotlines` or `index`. */
  slug: string;
  /** Path of the Vietnamese file from the content folder, for example `pages/vi/hotlines.md`. */
  file: string;
  /** The source's present revision. */
  revision: string;
  translations: TranslationFile[];
}

export interface TranslationReport {
  entries: SourceEntry[];
}

/** The locales that translate the source. */
export const targetLocales: readonly Locale[] = localeCodes.filter((l) => l !== sourceLocale);

/** The state of every translation in a content tree read by src/model. */
export function translationReport(tree: ContentTree): TranslationReport {
  const entries: SourceEntry[] = [];
  for (const { collection, extension, kind } of translatedCollections) {
    const inCollection = tree.entries.filter((e) => e.collection === collection);
    const byLocaleAndSlug = new Map(inCollection.map((e) => [`${e.folder}/${e.slug}`, e]));
    for (const source of inCollection.filter((e) => e.folder === sourceLocale).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
      const revision = sourceRevision(source.text, kind, sharedFields[collection]);
      const translations = targetLocales.map((locale): TranslationFile => {
        const translation = byLocaleAndSlug.get(`${locale}/${source.slug}`);
        if (!translation) return { locale, state: 'missing' };
        const file = `${collection}/${locale}/${source.slug}${extension}`;
        const recorded = recordedRevision(translation.text, kind);
        if (recorded === undefined) return { locale, state: 'unstamped', file };
        return { locale, state: recorded === revision ? 'current' : 'outdated', file, recorded };
      });
      entries.push({ collection, slug: source.slug, file: `${collection}/${sourceLocale}/${source.slug}${extension}`, revision, translations });
    }
  }
  return { entries };
}

/** Reads afresh (scripts, tests) the state of every translation under `contentRoot` (the folder holding `pages/`, `procedures/`, `glossary/`). */
export function readTranslationReport(contentRoot: string): TranslationReport {
  return translationReport(readContentTree(contentRoot));
}

/** Each report's entries by collection and slug, made on the first lookup: every page looks up its own. */
const entryIndexes = new WeakMap<TranslationReport, Map<string, SourceEntry>>();

/** The source entry of a collection's slug, or undefined when there is none. */
export function findEntry(report: TranslationReport, collection: TranslatedCollection, slug: string): SourceEntry | undefined {
  let index = entryIndexes.get(report);
  if (!index) {
    index = new Map(report.entries.map((e) => [`${e.collection}/${e.slug}`, e]));
    entryIndexes.set(report, index);
  }
  return index.get(`${collection}/${slug}`);
}

/** The state of one translation, or undefined when the source does not exist. */
export function findTranslation(
  report: TranslationReport,
  collection: TranslatedCollection,
  slug: string,
  locale: Locale,
): { entry: SourceEntry; translation: TranslationFile } | undefined {
  const entry = findEntry(report, collection, slug);
  const translation = entry?.translations.find((t) => t.locale === locale);
  return entry && translation ? { entry, translation } : undefined;
}

/** The translations of one locale that need a translator, in report order. */
export function needingWork(report: TranslationReport, locale: Locale): { entry: SourceEntry; translation: TranslationFile }[] {
  return report.entries.flatMap((entry) =>
    entry.translations.filter((t) => t.locale === locale && t.state !== 'current').map((translation) => ({ entry, translation })),
  );
}

/** How many translations of a locale are in each state. */
export function countStates(report: TranslationReport, locale: Locale): Record<TranslationState, number> {
  const counts: Record<TranslationState, number> = { current: 0, outdated: 0, unstamped: 0, missing: 0 };
  for (const entry of report.entries) {
    for (const t of entry.translations) if (t.locale === locale) counts[t.state] += 1;
  }
  return counts;
}
