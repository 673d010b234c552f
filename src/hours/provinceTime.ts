import type { Weekday } from '../schemas/hours';

/**
 * Monday first, as in the content schema. Written out here rather than imported
 * from src/schemas/hours.ts so the browser script does not bundle the schema library.
 */
export const weekOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Weekday[];

/** The province's time zone: every opening time in the content is written in it. */
export const provinceTimeZone = 'Asia/Ho_Chi_Minh';

/** A moment as read on a wall clock in one time zone. */
export interface WallClock {
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
  /** The local day of the week. */
  weekday: Weekday;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "HH:MM" → minutes since midnight. */
export function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The weekday of a calendar day written YYYY-MM-DD. */
export function weekdayOf(date: string): Weekday {
  const utcDay = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return weekOrder[(utcDay + 6) % 7]!;
}

/** The calendar day `days` after a YYYY-MM-DD day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string = provinceTimeZone): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** The instant at which a wall clock in `timeZone` shows `minutes` past midnight on `date`. */
export function instantAt(date: string, minutes: number, timeZone: string = provinceTimeZone): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = asUtc;
  // Two rounds settle the offset even next to a daylight-saving change.
  for (let round = 0; round < 2; round++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownAsUtc = Date.parse(`${shown.date}T00:00:00Z`) + shown.minutes * 60_000;
    guess += asUtc - shownAsUtc;
  }
  return new Date(guess);
}
