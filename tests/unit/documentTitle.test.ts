import { describe, expect, test } from 'vitest';
import { documentTitle } from '../../src/content/documentTitle';

describe('documentTitle', () => {
  test('adds the site name when both fit in 70 characters', () => {
    expect(documentTitle('Hotlines', 'Khánh Hòa Online Public Services')).toBe('Hotlines – Khánh Hòa Online Public Services');
  });

  test('leaves the site name off a long title', () => {
    const title = 'Temporary residence card for foreigners (thẻ tạm trú)';
    expect(documentTitle(title, 'Khánh Hòa Online Public Services')).toBe(title);
  });

  test('drops the closing bracket of a title that is too long on its own', () => {
    expect(
      documentTitle('Birth registration for a child with a foreign parent (đăng ký khai sinh có yếu tố nước ngoài)', 'Site'),
    ).toBe('Birth registration for a child with a foreign parent');
    expect(documentTitle(`${'Подтверждение освобождения от разрешения на работу'} (xác nhận không thuộc diện cấp giấy phép lao động)`, 'S')).toBe(
      'Подтверждение освобождения от разрешения на работу',
    );
  });

  test('does not repeat the site name on the home page', () => {
    expect(documentTitle('Khánh Hòa Online Public Services', 'Khánh Hòa Online Public Services')).toBe(
      'Khánh Hòa Online Public Services',
    );
  });
});
