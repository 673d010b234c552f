import { z } from 'astro/zod';
import { expected } from './expected';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, expected('clockTime'));

/** One opening period, repeated on the listed weekdays, in the province's time zone. */
export const openingPeriod = z.strictObject({
  /** The weekdays this period applies to, for example [mon, tue, wed, thu, fri]. Required. */
  days: z.array(z.enum(weekdays)).min(1),
  /** Opening time, HH:MM. Required. */
  opens: clockTime,
  /** Closing time, HH:MM, later than `opens`. Required. */
  closes: clockTime,
});

/** A weekly timetable; leave it out when the hours are not known from a source. */
export const openingHours = z.array(openingPeriod).min(1);

export type OpeningPeriod = z.infer<typeof openingPeriod>;
export type Weekday = (typeof weekdays)[number];
