import { describe, expect, test } from 'vitest';
import { indicatorSchema } from '../../src/schemas/indicator';

const base = {
  name: { vi: 'Chỉ số' },
  shortName: { vi: 'Chỉ số' },
  year: 2024,
  publishedBy: { vi: 'Bộ Nội vụ' },
  sources: [{ title: 'Báo Khánh Hòa' }],
  reviewed: '2026-12-02',
};

describe('an indicator is a target or a measured result, never both', () => {
  test('a result needs its measured value', () => {
    expect(indicatorSchema.safeParse({ ...base, kind: 'result', value: 90.49, rank: 10, rankOf: 63 }).success).toBe(true);
    expect(indicatorSchema.safeParse({ ...base, kind: 'result' }).success).toBe(false);
  });

  test('a target needs its lowest share, and a range must not run backwards', () => {
    expect(indicatorSchema.safeParse({ ...base, kind: 'target', targetMin: 30, targetMax: 40 }).success).toBe(true);
    const backwards = indicatorSchema.safeParse({ ...base, kind: 'target', targetMin: 40, targetMax: 30 });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.path).toEqual(['targetMax']);
  });

  test('an entry that does not say which kind it is is refused', () => {
    expect(indicatorSchema.safeParse({ ...base, targetMin: 90 }).success).toBe(false);
  });

  test('a rank without the size of the ranking is refused', () => {
    const result = indicatorSchema.safeParse({ ...base, kind: 'result', value: 83.66, rank: 30 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rankOf']);
  });
});
