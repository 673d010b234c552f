import vi from './ui/vi.json';
import en from './ui/en.json';
import ru from './ui/ru.json';
import zh from './ui/zh.json';
import ko from './ui/ko.json';
import { type Locale, localeCodes, sourceLocale } from './locales';

/**
 * UI strings, one flat JSON file per locale with `component.role` keys.
 * Plural strings use i18next's suffixes (`search.results_one`, `_other`).
 * Add a locale's file here when adding a locale to `locales.ts`.
 */
export const uiFiles: Record<Locale, Record<string, string>> = { vi, en, ru, zh, ko };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The `{{name}}` placeholders a string uses, sorted. */
function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

/** The key without its plural suffix. */
export function baseKey(key: string): string {
  return key.replace(pluralSuffix, '');
}

/**
 * Lists what a locale's UI file lacks or has in excess, compared with the
 * source locale. Plural keys must carry every form the language needs, as
 * `Intl.PluralRules` defines them (Vietnamese: other; English: one, other).
 */
export function validateUiStrings(locale: string, strings: Record<string, unknown>, source: Record<string, string>): string[] {
  const problems: string[] = [];
  const sourceBases = new Set(Object.keys(source).map(baseKey));
  const pluralBases = new Set(Object.keys(source).filter((k) => pluralSuffix.test(k)).map(baseKey));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  for (const base of sourceBases) {
    const expected = pluralBases.has(base) ? categories.map((c) => `${base}_${c}`) : [base];
    for (const key of expected) {
      const value = strings[key];
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`src/i18n/ui/${locale}.json — "${key}" — missing or empty — expected the text in ${locale}`);
      }
    }
  }
  const sourcePlaceholders = new Map(Object.entries(source).map(([key, text]) => [baseKey(key), placeholdersOf(text)]));
  for (const [key, value] of Object.entries(strings)) {
    const expected = sourcePlaceholders.get(baseKey(key));
    if (expected === undefined || typeof value !== 'string' || value.trim() === '') continue;
    const found = placeholdersOf(value);
    // A plural form may leave out {{count}} ("one page" rather than "1 page").
    const wanted = pluralSuffix.test(key) ? expected.filter((p) => p !== 'count') : expected;
    const lacking = wanted.filter((p) => !found.includes(p));
    const unknown = found.filter((p) => !expected.includes(p) && !(p === 'count' && pluralSuffix.test(key)));
    if (lacking.length > 0 || unknown.length > 0) {
      problems.push(
        `src/i18n/ui/${locale}.json — "${key}" — placeholders {{${found.join('}}, {{')}}} — expected the same as src/i18n/ui/${sourceLocale}.json: {{${expected.join('}}, {{')}}}`,
      );
    }
  }
  for (const key of Object.keys(strings)) {
    if (!sourceBases.has(baseKey(key))) {
      problems.push(`src/i18n/ui/${locale}.json — "${key}" — not in src/i18n/ui/${sourceLocale}.json — expected only keys the source file has`);
    }
  }
  return problems;
}

/** Fails loudly at import time, so a missing key stops the build and the tests. */
export function assertUiStringsComplete(files: Record<string, Record<string, string>> = uiFiles): void {
  const source = files[sourceLocale];
  if (!source) throw new Error(`src/i18n/ui/${sourceLocale}.json is missing`);
  const problems = localeCodes.flatMap((code) => {
    const file = files[code];
    return file ? validateUiStrings(code, file, source) : [`src/i18n/ui/${code}.json — missing file — expected one UI file per locale`];
  });
  if (problems.length > 0) {
    throw new Error(`UI strings are incomplete:\n${problems.join('\n')}`);
  }
}
