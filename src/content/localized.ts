import { type Locale, localeConfig, sourceLocale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/common';

/** A piece of text and the language it is really in (the source language when a translation is missing). */
export interface TextInLanguage {
  text: string;
  /** The BCP 47 tag of the language the text is in. */
  lang: string;
  /** True when the reader's language was missing and the source language is shown instead. */
  isFallback: boolean;
}

/** Picks the reader's language from a multilingual value, falling back to the source language. */
export function pickLocalized(value: LocalizedText, locale: Locale): TextInLanguage {
  const own = value[locale];
  if (own !== undefined) return { text: own, lang: localeConfig(locale).lang, isFallback: false };
  return { text: value[sourceLocale] ?? '', lang: localeConfig(sourceLocale).lang, isFallback: true };
}
