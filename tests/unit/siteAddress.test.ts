import { describe, expect, test } from 'vitest';
import { isPlaceholderAddress, localPreviewAddress, resolveSiteAddress } from '../../src/site/siteAddress';

describe('the site address', () => {
  test.each([
    'https://dichvucong-khanhhoa.example',
    'https://portal.test',
    'https://site.invalid',
    'https://localhost',
    'http://127.0.0.1:4321',
    'https://example.com',
    'https://www.example.org',
    'https://staging.example.net/',
  ])('%s is a placeholder', (address) => {
    expect(isPlaceholderAddress(address)).toBe(true);
  });

  test.each(['https://dichvucong.khanhhoa.gov.vn', 'https://khanhhoa.gov.vn', 'https://example-province.vn', 'https://notexample.com'])(
    '%s is a real address',
    (address) => {
      expect(isPlaceholderAddress(address)).toBe(false);
    },
  );

  test('publishing refuses a placeholder with one line saying where to set the real address', () => {
    const result = resolveSiteAddress('https://dichvucong-khanhhoa.example', { publish: true });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).not.toContain('\n');
    expect(message).toContain('content/site.yaml — url — "https://dichvucong-khanhhoa.example" is a placeholder');
    expect(message).toContain('set `url` in content/site.yaml');
  });

  test('publishing refuses a missing address', () => {
    const result = resolveSiteAddress(undefined, { publish: true });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('content/site.yaml — url — is not set') });
  });

  test('publishing keeps a real address, without a trailing slash', () => {
    expect(resolveSiteAddress('https://dichvucong.khanhhoa.gov.vn/', { publish: true })).toEqual({ ok: true, url: 'https://dichvucong.khanhhoa.gov.vn' });
  });

  test('a local build without a real address uses the local preview address, never the placeholder', () => {
    expect(resolveSiteAddress(undefined, { publish: false })).toEqual({ ok: true, url: localPreviewAddress });
    expect(resolveSiteAddress('https://dichvucong-khanhhoa.example', { publish: false })).toEqual({ ok: true, url: localPreviewAddress });
  });
});
