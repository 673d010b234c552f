import { describe, expect, test } from 'vitest';
import { assertUiStringsComplete, uiFiles, validateUiStrings } from '../../src/i18n/uiStrings';

describe('UI strings', () => {
  test('the bundled locale files are complete', () => {
    expect(() => assertUiStringsComplete()).not.toThrow();
  });

  test('a missing key is reported with the file and the key', () => {
    const { ['skipLink.label']: _removed, ...incomplete } = uiFiles.en;
    expect(() => assertUiStringsComplete({ ...uiFiles, en: incomplete })).toThrow(
      /src\/i18n\/ui\/en\.json — "skipLink\.label" — missing/,
    );
  });

  test('an empty string counts as missing', () => {
    const problems = validateUiStrings('en', { ...uiFiles.en, 'search.submit': ' ' }, uiFiles.vi);
    expect(problems).toEqual([expect.stringContaining('"search.submit" — missing or empty')]);
  });

  test('a key the source lacks is reported', () => {
    const problems = validateUiStrings('en', { ...uiFiles.en, 'made.up': 'x' }, uiFiles.vi);
    expect(problems).toEqual([expect.stringContaining('"made.up" — not in src/i18n/ui/vi.json')]);
  });

  test('plural keys need every form the language uses', () => {
    const source = { 'results.count_other': '{{count}} kết quả' };
    expect(validateUiStrings('en', { 'results.count_other': '{{count}} results' }, source)).toEqual([
      expect.stringContaining('"results.count_one" — missing'),
    ]);
    expect(validateUiStrings('en', { 'results.count_one': '1 result', 'results.count_other': '{{count}} results' }, source)).toEqual([]);
  });
});
