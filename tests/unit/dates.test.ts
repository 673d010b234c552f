import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('dates and numbers', () => {
  it('create one formatter per locale for the whole build, not one per call', async () => {
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const { formatDate, formatNumber, isoDate } = await import('../../src/content/dates.ts');
    const day = new Date('2026-11-24T23:30:00Z');
    for (let page = 0; page < 50; page += 1) {
      for (const locale of ['vi', 'en', 'ru', 'zh', 'ko'] as const) {
        formatDate(day, locale);
        isoDate(day);
        formatNumber(1_200_000, locale);
      }
    }
    // Five locales for the visible date, one for the ISO date.
    expect(dateFormats).toHaveBeenCalledTimes(6);
    expect(numberFormats).toHaveBeenCalledTimes(5);
  });

  it('still writes the day in the province and the reader’s own style', async () => {
    const { formatDate, formatNumber, isoDate } = await import('../../src/content/dates.ts');
    // 23:30 UTC on the 24th is 06:30 on the 25th in Khánh Hòa.
    const day = new Date('2026-11-24T23:30:00Z');
    expect(isoDate(day)).toBe('2026-11-25');
    expect(formatDate(day, 'en')).toBe('November 25, 2026');
    expect(formatDate(day, 'vi')).toBe(new Intl.DateTimeFormat('vi', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(day));
    expect(formatNumber(1_200_000, 'vi')).toBe('1.200.000');
  });
});
