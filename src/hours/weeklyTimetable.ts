import { type OpeningPeriod, type Weekday, weekdays } from '../schemas/hours';
import { clockMinutes } from './provinceTime';

/** A run of consecutive weekdays that share the same opening times. */
export interface TimetableRow {
  /** The first weekday of the run. */
  from: Weekday;
  /** The last weekday of the run; the same as `from` for a single day. */
  to: Weekday;
  /** The opening times, earliest first, as "HH:MM–HH:MM". */
  times: string[];
}

/**
 * A weekly timetable as people read it on an office door: consecutive days
 * with the same times joined ("Monday–Friday: 07:30–11:30, 13:30–17:00"),
 * closed days left out.
 */
export function weeklyTimetable(hours: readonly OpeningPeriod[]): TimetableRow[] {
  const rows: TimetableRow[] = [];
  for (const day of weekdays) {
    const times = hours
      .filter((p) => p.days.includes(day))
      .sort((a, b) => clockMinutes(a.opens) - clockMinutes(b.opens))
      .map((p) => `${p.opens}–${p.closes}`);
    if (times.length === 0) continue;
    const last = rows.at(-1);
    const follows = last !== undefined && weekdays.indexOf(last.to) === weekdays.indexOf(day) - 1;
    if (last && follows && last.times.join() === times.join()) last.to = day;
    else rows.push({ from: day, to: day, times });
  }
  return rows;
}

/** A weekday's name in a language, from the platform (no strings to translate). */
export function weekdayLabel(day: Weekday, lang: string): string {
  // 5 January 2026 was a Monday.
  const date = new Date(Date.UTC(2026, 0, 5 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}
