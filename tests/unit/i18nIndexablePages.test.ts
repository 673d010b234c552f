import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isIndexablePage } from '../../src/i18n/indexablePages';

const outDir = mkdtempSync(path.join(tmpdir(), 'i18n-indexable-'));
const put = (file: string, html: string) => {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), html);
};
put('hotlines/index.html', '<html lang="vi"><head><title>x</title></head></html>');
put('ru/hotlines/index.html', '<html lang="ru"><head><meta name="robots" content="noindex"></head></html>');
put('404.html', '<html><head><meta name="robots" content="noindex, nofollow"></head></html>');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('pages that belong in the sitemap', () => {
  test('a normal page does', () => {
    expect(isIndexablePage('https://example.org/hotlines/', outDir)).toBe(true);
  });
  test('a fallback page marked noindex does not', () => {
    expect(isIndexablePage('https://example.org/ru/hotlines/', outDir)).toBe(false);
    expect(isIndexablePage('/404.html', outDir)).toBe(false);
  });
});
