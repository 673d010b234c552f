import { z } from 'astro/zod';
import { contentDate, localizedText, sources } from './common';

const percent = z.number().min(0, 'expected a percentage from 0 to 100').max(100, 'expected a percentage from 0 to 100');

/**
 * A target or a measured result about the service center, in
 * `content/indicators.yaml`, shown as a table and a chart on the page whose
 * view is `indicators`. Figures without a source are left out, never guessed.
 */
export const indicatorSchema = z
  .object({
    /** What is measured, as a full phrase, in each language. Required in Vietnamese. */
    name: localizedText,
    /** A short label for the chart, about 40 characters at most, in each language. Required in Vietnamese. */
    shortName: localizedText,
    /** The year the target or result is for, for example 2020. Required. */
    year: z.number().int().min(2000).max(2100),
    /** The lowest share aimed for, in percent (0–100); alone it means "at least". Required. */
    targetMin: percent,
    /** The top of a target range, in percent, for targets such as "30–40%". Optional. */
    targetMax: percent.optional(),
    /** The share actually measured, in percent. Optional: leave it out unless a source gives it. */
    measured: percent.optional(),
    /** Position in the table and chart, smallest first. Default 100. */
    order: z.number().int().default(100),
    /** Where the figures come from. Required: at least one. */
    sources,
    /** The day a person last checked the figures against their source, YYYY-MM-DD. Required. */
    reviewed: contentDate,
  })
  .refine((value) => value.targetMax === undefined || value.targetMax >= value.targetMin, {
    message: 'expected targetMax to be at least targetMin',
    path: ['targetMax'],
  });

export type Indicator = z.infer<typeof indicatorSchema>;
