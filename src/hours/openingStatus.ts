import type { OpeningPeriod, Weekday } from '../schemas/hours';
import { addDays, clockMinutes, provinceTimeZone, wallClock, weekdayOf } from './provinceTime';

/** When a place next opens, on the province's wall clock. */
export interface NextOpening {
  /** The local day, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** The opening time, HH:MM. */
  opens: string;
  /** Whole local days from today: 0 today, 1 tomorrow. */
  daysAhead: number;
}

/** Whether a place is open at an instant, and when it closes or next opens. */
export type OpeningStatus =
  | { open: true; /** The closing time of the current period, HH:MM. */ closes: string }
  | { open: false; /** Undefined when the timetable never opens within a year. */ next: NextOpening | undefined };

/** The periods of one weekday, earliest first. */
function periodsOn(hours: readonly OpeningPeriod[], weekday: Weekday): OpeningPeriod[] {
  return hours.filter((p) => p.days.includes(weekday)).sort((a, b) => clockMinutes(a.opens) - clockMinutes(b.opens));
}

/**
 * Is a place with weekly `hours` open at `instant`? The hours are read on the
 * wall clock of `timeZone` (the province's), whatever the reader's own zone;
 * `closedDays` (YYYY-MM-DD, public holidays) close the whole day.
 */
export function openingStatus(
  hours: readonly OpeningPeriod[],
  instant: Date,
  closedDays: ReadonlySet<string> = new Set(),
  timeZone: string = provinceTimeZone,
): OpeningStatus {
  const now = wallClock(instant, timeZone);
  if (!closedDays.has(now.date)) {
    for (const period of periodsOn(hours, now.weekday)) {
      if (clockMinutes(period.opens) <= now.minutes && now.minutes < clockMinutes(period.closes)) {
        return { open: true, closes: period.closes };
      }
    }
  }
  for (let daysAhead = 0; daysAhead <= 366; daysAhead++) {
    const date = addDays(now.date, daysAhead);
    if (closedDays.has(date)) continue;
    const day = weekdayOf(date);
    const period = periodsOn(hours, day).find((p) => daysAhead > 0 || clockMinutes(p.opens) > now.minutes);
    if (period) return { open: false, next: { date, weekday: day, opens: period.opens, daysAhead } };
  }
  return { open: false, next: undefined };
}
