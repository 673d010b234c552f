import { z } from 'astro/zod';
import { contentDate, localizedText, sources } from './common';
import { expected } from './expected';

const percent = z.number().min(0, expected('percent')).max(100, expected('percent'));

/** The fields every indicator has, target or measured result. */
const indicatorBase = {
  /** What is measured, as a full phrase, in each language. Required in Vietnamese; give all five languages. */
  name: localizedText,
  /** A short label for the chart, about 40 characters at most, in each language. Required in Vietnamese. */
  shortName: localizedText,
  /** The year the target is for, or the year the result measures, for example 2024. Required. */
  year: z.number().int().min(2000).max(2100),
  /** Who set the target or published the result, in each language, for example "Bộ Nội vụ". Required in Vietnamese. */
  publishedBy: localizedText,
  /** Anything a reader must know to read the figure, in each language (for example "Khánh Hòa before the 2025 merger"). Optional. */
  note: localizedText.optional(),
  /** Position in the table and chart, smallest first. Default 100. */
  order: z.number().int().default(100),
  /** Where the figures come from. Required: at least one. */
  sources,
  /** The day a person last checked the figures against their source, YYYY-MM-DD. Required. */
  reviewed: contentDate,
};

/**
 * An entry of `content/indicators.yaml`: either a **target** the province set
 * (`kind: target`) or a **result** someone measured (`kind: result`). The page
 * whose view is `indicators` shows the two apart, in words and in the chart, so
 * a target is never read as a result. Figures without a source are left out, never guessed.
 */
export const indicatorSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...indicatorBase,
      /** A share the province aimed for. */
      kind: z.literal('target'),
      /** The lowest share aimed for, in percent (0–100); alone it means "at least". Required. */
      targetMin: percent,
      /** The top of a target range, in percent, for targets such as "30–40%". Optional. */
      targetMax: percent.optional(),
    })
    .refine((value) => value.targetMax === undefined || value.targetMax >= value.targetMin, {
      message: expected('targetOrder'),
      path: ['targetMax'],
    }),
  z
    .object({
      ...indicatorBase,
      /** A figure that was measured and published. */
      kind: z.literal('result'),
      /** The measured value, in percent (0–100). Required: only from a source. */
      value: percent,
      /** The province's place in the ranking, for example 10. Optional: only from a source. */
      rank: z.number().int().positive().optional(),
      /** How many provinces the ranking has, for example 63. Required with `rank`. */
      rankOf: z.number().int().positive().optional(),
    })
    .refine((value) => (value.rank === undefined) === (value.rankOf === undefined), {
      message: expected('rankTogether'),
      path: ['rankOf'],
    }),
]);

export type Indicator = z.infer<typeof indicatorSchema>;
export type TargetIndicator = Extract<Indicator, { kind: 'target' }>;
export type ResultIndicator = Extract<Indicator, { kind: 'result' }>;
