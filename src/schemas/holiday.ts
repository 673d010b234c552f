import { z } from 'astro/zod';
import { contentDate, localizedText, sources } from './common';
import { expected } from './expected';

/**
 * Days the province's public offices are closed for a public holiday, in
 * `content/holidays.yaml`. Opening-hours statuses treat each listed day as closed.
 */
export const holidaySchema = z
  .object({
    /** The first closed day, YYYY-MM-DD. Required. */
    date: contentDate,
    /** The last closed day when the closure lasts several days, YYYY-MM-DD. Optional. */
    until: contentDate.optional(),
    /** The holiday's name in each language. Required in Vietnamese. */
    name: localizedText,
    /** The law or announcement that sets these days off. Required: at least one. */
    sources,
  })
  .refine((h) => h.until === undefined || h.until >= h.date, {
    message: expected('untilAfterDate'),
    path: ['until'],
  });

export type Holiday = z.infer<typeof holidaySchema>;
