import { describe, expect, test } from 'vitest';
import type { OpeningPeriod } from '../../src/schemas/hours';
import { openingStatus } from '../../src/hours/openingStatus';
import { instantAt, wallClock } from '../../src/hours/provinceTime';
import { statusSentence, type StatusSentences } from '../../src/hours/statusText';

/** A typical office: mornings and afternoons on weekdays, Saturday morning. */
const office: OpeningPeriod[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '11:30' },
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
  { days: ['sat'], opens: '07:30', closes: '11:30' },
];

/** An instant written with an explicit offset, so the tests mean the same on any machine. */
const at = (iso: string) => new Date(iso);

describe('wallClock in Asia/Ho_Chi_Minh', () => {
  test('reads UTC+7 whatever the machine time zone', () => {
    expect(wallClock(at('2026-03-02T00:30:00Z'))).toEqual({ date: '2026-03-02', weekday: 'mon', minutes: 7 * 60 + 30 });
  });

  test('crosses midnight into the next local day before UTC does', () => {
    expect(wallClock(at('2026-03-01T17:05:00Z'))).toEqual({ date: '2026-03-02', weekday: 'mon', minutes: 5 });
  });

  test('turns a wall-clock time back into the instant', () => {
    expect(instantAt('2026-03-02', 7 * 60 + 30).toISOString()).toBe('2026-03-02T00:30:00.000Z');
  });

  test('handles a zone with daylight saving time', () => {
    // Berlin moved to UTC+2 on 29 March 2026.
    expect(instantAt('2026-03-30', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(instantAt('2026-03-27', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-03-27T08:00:00.000Z');
  });
});

describe('openingStatus', () => {
  test('is open during a period, and says when it closes', () => {
    // Monday 2 March 2026, 09:00 in Nha Trang.
    expect(openingStatus(office, at('2026-03-02T09:00:00+07:00'))).toEqual({ open: true, closes: '11:30' });
  });

  test('opens exactly at the opening minute and closes exactly at the closing minute', () => {
    expect(openingStatus(office, at('2026-03-02T07:30:00+07:00')).open).toBe(true);
    expect(openingStatus(office, at('2026-03-02T07:29:00+07:00')).open).toBe(false);
    expect(openingStatus(office, at('2026-03-02T11:30:00+07:00')).open).toBe(false);
  });

  test('is closed at lunch and opens again the same afternoon', () => {
    const status = openingStatus(office, at('2026-03-02T12:00:00+07:00'));
    expect(status).toMatchObject({ open: false, next: { date: '2026-03-02', opens: '13:30', daysAhead: 0 } });
  });

  test('reads the province clock for a reader in another time zone', () => {
    // 20:00 Sunday in New York is 08:00 Monday in Vietnam: open.
    expect(openingStatus(office, at('2026-03-01T20:00:00-05:00')).open).toBe(true);
    // 09:00 Monday in Berlin is 15:00 Monday in Vietnam: open in the afternoon period.
    expect(openingStatus(office, at('2026-03-02T09:00:00+01:00'))).toEqual({ open: true, closes: '17:00' });
    // 12:00 UTC Monday is 19:00 in Vietnam: closed until Tuesday morning.
    expect(openingStatus(office, at('2026-03-02T12:00:00Z'))).toMatchObject({
      open: false,
      next: { date: '2026-03-03', weekday: 'tue', opens: '07:30', daysAhead: 1 },
    });
  });

  test('after midnight, the next opening is the same local day', () => {
    // 00:10 Tuesday in Vietnam is still Monday in UTC.
    const status = openingStatus(office, at('2026-03-02T17:10:00Z'));
    expect(status).toMatchObject({ open: false, next: { date: '2026-03-03', opens: '07:30', daysAhead: 0 } });
    expect(instantAt('2026-03-03', 7 * 60 + 30).toISOString()).toBe('2026-03-03T00:30:00.000Z');
  });

  test('a period that lasts until 23:59 is open just before midnight and closed at midnight', () => {
    const lateLine: OpeningPeriod[] = [{ days: ['mon'], opens: '18:00', closes: '23:59' }];
    expect(openingStatus(lateLine, at('2026-03-02T23:58:00+07:00')).open).toBe(true);
    expect(openingStatus(lateLine, at('2026-03-03T00:00:00+07:00'))).toMatchObject({
      open: false,
      next: { date: '2026-03-09', weekday: 'mon', daysAhead: 6 },
    });
  });

  test('skips the weekend: Saturday afternoon opens on Monday', () => {
    expect(openingStatus(office, at('2026-03-07T14:00:00+07:00'))).toMatchObject({
      open: false,
      next: { date: '2026-03-09', weekday: 'mon', opens: '07:30', daysAhead: 2 },
    });
  });

  test('is closed all day on a public holiday, whatever the timetable says', () => {
    const holidays = new Set(['2026-04-30', '2026-05-01']);
    // Thursday 30 April 2026, 09:00.
    expect(openingStatus(office, at('2026-04-30T09:00:00+07:00'), holidays)).toMatchObject({
      open: false,
      next: { date: '2026-05-02', weekday: 'sat', opens: '07:30', daysAhead: 2 },
    });
    expect(openingStatus(office, at('2026-04-29T09:00:00+07:00'), holidays).open).toBe(true);
  });

  test('a holiday counts by the province calendar, not the reader\'s', () => {
    const holidays = new Set(['2026-04-30']);
    // 23:30 UTC on 29 April is 06:30 on 30 April in Vietnam: the next opening skips the holiday.
    expect(openingStatus(office, at('2026-04-29T23:30:00Z'), holidays)).toMatchObject({
      open: false,
      next: { date: '2026-05-01' },
    });
  });

  test('skips a long holiday such as Tết', () => {
    const tet = new Set(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    expect(openingStatus(office, at('2026-02-13T18:00:00+07:00'), tet)).toMatchObject({
      open: false,
      next: { date: '2026-02-23', weekday: 'mon', opens: '07:30' },
    });
  });

  test('says nothing about the next opening when the place never opens', () => {
    const everyDay = new Set(Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)));
    expect(openingStatus(office, at('2026-01-01T09:00:00+07:00'), everyDay)).toEqual({ open: false, next: undefined });
  });
});

describe('statusSentence', () => {
  const sentences: StatusSentences = {
    open: 'Open now – closes at {{time}}',
    opensToday: 'Closed now – opens today at {{time}}',
    opensTomorrow: 'Closed now – opens tomorrow at {{time}}',
    opensLater: 'Closed now – opens on {{day}} at {{time}}',
    closed: 'Closed now',
  };

  test('names the closing time while open', () => {
    expect(statusSentence(openingStatus(office, at('2026-03-02T09:00:00+07:00')), sentences, 'en')).toBe(
      'Open now – closes at 11:30',
    );
  });

  test('says today, tomorrow or the weekday in the reader\'s language', () => {
    expect(statusSentence(openingStatus(office, at('2026-03-02T12:00:00+07:00')), sentences, 'en')).toBe(
      'Closed now – opens today at 13:30',
    );
    expect(statusSentence(openingStatus(office, at('2026-03-02T19:00:00+07:00')), sentences, 'en')).toBe(
      'Closed now – opens tomorrow at 07:30',
    );
    expect(statusSentence(openingStatus(office, at('2026-03-07T14:00:00+07:00')), sentences, 'en')).toBe(
      'Closed now – opens on Monday at 07:30',
    );
    expect(
      statusSentence(openingStatus(office, at('2026-03-07T14:00:00+07:00')), { ...sentences, opensLater: 'mở cửa {{day}} lúc {{time}}' }, 'vi'),
    ).toBe('mở cửa Thứ Hai lúc 07:30');
  });
});
