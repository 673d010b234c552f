import i18next, { type TFunction } from 'i18next';
import { type Locale, localeCodes, sourceLocale } from './locales';
import { assertUiStringsComplete, uiFiles } from './uiStrings';

assertUiStringsComplete();

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: sourceLocale,
  fallbackLng: sourceLocale,
  supportedLngs: [...localeCodes],
  // Keys contain dots (`skipLink.label`): keep them flat.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes text when it renders it; escaping here would escape twice.
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiFiles[code] }])),
});

/** The UI string function for one locale: `t('page.lastReviewed', { date })`. */
export function useTranslations(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
