import { describe, expect, test } from 'vitest';
import { splitVietnameseParts } from '../../src/content/vietnameseParts';

describe('splitVietnameseParts', () => {
  test('marks the bracketed Vietnamese term of a translated title', () => {
    expect(splitVietnameseParts('Temporary residence card (thẻ tạm trú)')).toEqual([
      { text: 'Temporary residence card (', isVietnamese: false },
      { text: 'thẻ tạm trú', isVietnamese: true },
      { text: ')', isVietnamese: false },
    ]);
  });

  test('leaves brackets without Vietnamese letters alone', () => {
    expect(splitVietnameseParts('Photos (2 × 3 cm)')).toEqual([{ text: 'Photos (2 × 3 cm)', isVietnamese: false }]);
  });

  test('finds several bracketed terms', () => {
    const parts = splitVietnameseParts('Office (Phòng Quản lý xuất nhập cảnh), Police (Công an tỉnh)');
    expect(parts.filter((p) => p.isVietnamese).map((p) => p.text)).toEqual(['Phòng Quản lý xuất nhập cảnh', 'Công an tỉnh']);
  });
});
