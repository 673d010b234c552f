import { describe, expect, test } from 'vitest';
import { pageUrl, parsePageUrl, routeParam, translatePageUrl } from '../../src/routing/urls';

describe('pageUrl', () => {
  test('puts the source language at the root', () => {
    expect(pageUrl('vi', 'index')).toBe('/');
    expect(pageUrl('vi', 'hotlines')).toBe('/hotlines/');
  });

  test('puts other languages under their code', () => {
    expect(pageUrl('en', 'index')).toBe('/en/');
    expect(pageUrl('en', 'handbook/work-permit')).toBe('/en/handbook/work-permit/');
  });

  test('tolerates stray slashes in the slug', () => {
    expect(pageUrl('en', '/hotlines/')).toBe('/en/hotlines/');
  });
});

describe('parsePageUrl', () => {
  test('reads the locale and slug back from a URL', () => {
    expect(parsePageUrl('/en/hotlines/')).toEqual({ locale: 'en', slug: 'hotlines' });
    expect(parsePageUrl('/hotlines/')).toEqual({ locale: 'vi', slug: 'hotlines' });
    expect(parsePageUrl('/')).toEqual({ locale: 'vi', slug: 'index' });
    expect(parsePageUrl('/en/')).toEqual({ locale: 'en', slug: 'index' });
  });

  test('ignores the query and the fragment', () => {
    expect(parsePageUrl('/en/search/?q=visa#results')).toEqual({ locale: 'en', slug: 'search' });
  });

  test('treats a path named like the source locale as a slug, not a prefix', () => {
    expect(parsePageUrl('/vi/')).toEqual({ locale: 'vi', slug: 'vi' });
  });
});

describe('translatePageUrl', () => {
  test('lands on the same page in the other language', () => {
    expect(translatePageUrl('/en/handbook/visa-extension/', 'vi')).toBe('/handbook/visa-extension/');
    expect(translatePageUrl('/hotlines/', 'en')).toBe('/en/hotlines/');
  });
});

describe('routeParam', () => {
  test('is undefined for the source home page, as Astro expects for the root', () => {
    expect(routeParam('vi', 'index')).toBeUndefined();
    expect(routeParam('en', 'index')).toBe('en');
    expect(routeParam('en', 'hotlines')).toBe('en/hotlines');
  });
});
