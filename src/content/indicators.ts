import { getCollection } from 'astro:content';
import { type Locale, localeConfig } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import type { Indicator } from '../schemas/indicator';

/** An indicator with its id from `content/indicators.yaml`. */
export interface IndicatorEntry extends Indicator {
  id: string;
}

/** Every indicator, in the order staff gave them. */
export async function getIndicators(): Promise<IndicatorEntry[]> {
  const entries = await getCollection('indicators');
  return entries.map((e) => ({ id: e.id, ...(e.data as Indicator) })).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** A percentage the way readers of the locale write it: "90%", "90 %". */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(localeConfig(locale).lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A target in words: "at least 90%" or "30% to 40%". */
export function targetText(indicator: Indicator, locale: Locale): string {
  const t = useTranslations(locale);
  const min = formatPercent(indicator.targetMin, locale);
  if (indicator.targetMax === undefined) return t('indicators.atLeast', { value: min });
  return t('indicators.range', { min, max: formatPercent(indicator.targetMax, locale) });
}
