import { describe, expect, test } from 'vitest';
import { localeCodes, sourceLocale } from '../../src/i18n/locales';
import { assertUiStringsComplete, uiFiles, validateUiStrings } from '../../src/i18n/uiStrings';
import { useTranslations } from '../../src/i18n/translate';

describe('UI strings in every locale', () => {
  test('there is one complete UI file per locale', () => {
    expect(Object.keys(uiFiles).sort()).toEqual([...localeCodes].sort());
    for (const code of localeCodes) expect(validateUiStrings(code, uiFiles[code], uiFiles[sourceLocale])).toEqual([]);
  });

  test.each(localeCodes.filter((c) => c !== sourceLocale))('a key missing from %s.json fails', (code) => {
    const { ['search.submit']: _removed, ...incomplete } = uiFiles[code];
    expect(() => assertUiStringsComplete({ ...uiFiles, [code]: incomplete })).toThrow(
      new RegExp(`src/i18n/ui/${code}\\.json — "search\\.submit" — missing`),
    );
  });

  test('a key the source gains but a translation lacks fails', () => {
    const source = { ...uiFiles[sourceLocale], 'brand.new': 'Mới' };
    expect(validateUiStrings('ko', uiFiles.ko, source)).toEqual([expect.stringContaining('src/i18n/ui/ko.json — "brand.new" — missing')]);
  });

  test('Russian plurals need the one, few, many and other forms', () => {
    const source = { 'x.pages_other': '{{count}} trang' };
    expect(validateUiStrings('ru', { 'x.pages_one': '{{count}} страница', 'x.pages_other': '{{count}} страницы' }, source)).toEqual([
      expect.stringContaining('"x.pages_few" — missing'),
      expect.stringContaining('"x.pages_many" — missing'),
    ]);
    expect(validateUiStrings('zh', { 'x.pages_other': '{{count}} 页' }, source)).toEqual([]);
  });

  test('a translation that loses or invents a placeholder fails', () => {
    expect(validateUiStrings('en', { ...uiFiles.en, 'page.lastReviewed': 'Last reviewed' }, uiFiles.vi)).toEqual([
      expect.stringContaining('"page.lastReviewed" — placeholders'),
    ]);
    expect(validateUiStrings('ru', { ...uiFiles.ru, 'search.label': 'Поиск {{query}}' }, uiFiles.vi)).toEqual([
      expect.stringContaining('"search.label" — placeholders'),
    ]);
  });

  test('plural forms are chosen by each language\'s rules', () => {
    const t = useTranslations('ru');
    const line = (count: number) => t('translationReport.needsWork', { count, language: 'X' });
    expect(line(1)).toContain('материал требует');
    expect(line(3)).toContain('материала требуют');
    expect(line(5)).toContain('материалов требуют');
    expect(useTranslations('en')('translationReport.needsWork', { count: 1, language: 'X' })).toBe('X: 1 item needs work');
    expect(useTranslations('ko')('translationReport.needsWork', { count: 2, language: 'X' })).toBe('X: 작업이 필요한 항목 2개');
  });
});
