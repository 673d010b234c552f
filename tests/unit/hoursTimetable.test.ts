import { describe, expect, test } from 'vitest';
import { weekdayLabel, weeklyTimetable } from '../../src/hours/weeklyTimetable';

describe('weeklyTimetable', () => {
  test('joins consecutive days with the same times and sorts the times', () => {
    expect(
      weeklyTimetable([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '11:30' },
        { days: ['sat'], opens: '07:30', closes: '11:30' },
      ]),
    ).toEqual([
      { from: 'mon', to: 'fri', times: ['07:30–11:30', '13:30–17:00'] },
      { from: 'sat', to: 'sat', times: ['07:30–11:30'] },
    ]);
  });

  test('does not join days across a closed day', () => {
    expect(weeklyTimetable([{ days: ['mon', 'wed'], opens: '08:00', closes: '12:00' }])).toEqual([
      { from: 'mon', to: 'mon', times: ['08:00–12:00'] },
      { from: 'wed', to: 'wed', times: ['08:00–12:00'] },
    ]);
  });
});

describe('weekdayLabel', () => {
  test('names the day in the reader\'s language', () => {
    expect(weekdayLabel('mon', 'en')).toBe('Monday');
    expect(weekdayLabel('sun', 'vi')).toBe('Chủ Nhật');
    expect(weekdayLabel('fri', 'ko')).toBe('금요일');
  });
});
