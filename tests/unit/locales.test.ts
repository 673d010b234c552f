import { describe, expect, test } from 'vitest';
import { isLocale, localeConfig, locales, sourceLocale } from '../../src/i18n/locales';

describe('locales', () => {
  test('Vietnamese is the source language', () => {
    expect(sourceLocale).toBe('vi');
  });

  test('each language is named in itself', () => {
    expect(localeConfig('vi').label).toBe('Tiếng Việt');
    expect(localeConfig('en').label).toBe('English');
  });

  test('every locale has a unique code and a BCP 47 tag', () => {
    const codes = locales.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const l of locales) expect(Intl.getCanonicalLocales(l.lang)).toEqual([l.lang]);
  });

  test('recognises only configured locale codes', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
