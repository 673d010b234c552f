import { describe, expect, test } from 'vitest';
import { notFoundPageFile } from '../../src/routing/notFoundPage';

describe('notFoundPageFile', () => {
  const built = new Set(['404.html', 'en/404/index.html', 'ko/404/index.html']);
  const exists = (file: string) => built.has(file);

  test('gives an address under a language folder that language\'s 404 page', () => {
    expect(notFoundPageFile('/ko/handbook/nothing-here/', exists)).toBe('ko/404/index.html');
    expect(notFoundPageFile('/en/x', exists)).toBe('en/404/index.html');
  });

  test('gives the source language\'s page to any other address', () => {
    expect(notFoundPageFile('/nothing-here/', exists)).toBe('404.html');
    expect(notFoundPageFile('/', exists)).toBe('404.html');
    expect(notFoundPageFile('/favicon.ico', exists)).toBe('404.html');
    expect(notFoundPageFile('/..%2f..%2fetc/x', () => true)).toBe('404.html');
  });

  test('falls back to the source language\'s page when a language has none', () => {
    expect(notFoundPageFile('/ru/nothing-here/', exists)).toBe('404.html');
  });
});
