/**
 * The single source of truth for the languages the site is published in.
 * Adding a language is a data change: add an entry here, a UI string file in
 * `src/i18n/ui/`, and translated content under `content/<collection>/<code>/`.
 */
export interface LocaleConfig {
  /** Short code used in URLs and content folders, for example `en`. */
  readonly code: string;
  /** BCP 47 tag for the `lang` attribute, for example `zh-Hans`. */
  readonly lang: string;
  /** The language's name in itself, shown in the language switcher. */
  readonly label: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
}

export const locales = [
  { code: 'vi', lang: 'vi', label: 'Tiếng Việt', dir: 'ltr' },
  { code: 'en', lang: 'en', label: 'English', dir: 'ltr' },
  { code: 'ru', lang: 'ru', label: 'Русский', dir: 'ltr' },
  { code: 'zh', lang: 'zh-Hans', label: '中文（简体）', dir: 'ltr' },
  { code: 'ko', lang: 'ko', label: '한국어', dir: 'ltr' },
] as const satisfies readonly LocaleConfig[];

export type Locale = (typeof locales)[number]['code'];

/** Vietnamese is the default locale and the source every translation follows. */
export const sourceLocale: Locale = 'vi';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (localeCodes as readonly string[]).includes(value);
}

export function localeConfig(code: Locale): LocaleConfig {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}
