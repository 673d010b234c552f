import { getCollection } from 'astro:content';
import { type Locale, localeConfig } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import type { Indicator, ResultIndicator, TargetIndicator } from '../schemas/indicator';

/** An indicator with its id from `content/indicators.yaml`. */
export type IndicatorEntry<T extends Indicator = Indicator> = T & { id: string };

/** Every indicator, in the order staff gave them. */
export async function getIndicators(): Promise<IndicatorEntry[]> {
  const entries = await getCollection('indicators');
  return entries.map((e) => ({ id: e.id, ...(e.data as Indicator) })).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The measured results and the targets, apart, each in staff's order. */
export function splitIndicators(indicators: IndicatorEntry[]): { results: IndicatorEntry<ResultIndicator>[]; targets: IndicatorEntry<TargetIndicator>[] } {
  return {
    results: indicators.filter((i): i is IndicatorEntry<ResultIndicator> => i.kind === 'result'),
    targets: indicators.filter((i): i is IndicatorEntry<TargetIndicator> => i.kind === 'target'),
  };
}

/** A percentage the way readers of the locale write it: "90%", "90 %", "90,49%". */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(localeConfig(locale).lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** A target in words: "at least 90%" or "30% to 40%". */
export function targetText(indicator: TargetIndicator, locale: Locale): string {
  const t = useTranslations(locale);
  const min = formatPercent(indicator.targetMin, locale);
  if (indicator.targetMax === undefined) return t('indicators.atLeast', { value: min });
  return t('indicators.range', { min, max: formatPercent(indicator.targetMax, locale) });
}

/** A ranking in words, "10 of 63", or "not ranked" when the source gives none. */
export function rankText(indicator: ResultIndicator, locale: Locale): string {
  const t = useTranslations(locale);
  if (indicator.rank === undefined || indicator.rankOf === undefined) return t('indicators.noRank');
  return t('indicators.rankValue', { rank: indicator.rank, of: indicator.rankOf });
}
