import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isPlaceholderAddress } from '../../src/site/siteAddress';
import { distDir, siteUrl } from '../support/builtSite';

/**
 * No built file carries a placeholder address: content/site.yaml leaves `url`
 * out until the province sets it, and a local build then uses the local
 * preview address (src/site/siteAddress.ts). A publish build refuses a
 * placeholder (tests/unit/siteAddress.test.ts).
 */

const textFile = /\.(html|xml|json|webmanifest|txt|js|css|svg)$/;

function builtTextFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && textFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('no built page or file contains a .example address', () => {
  const files = builtTextFiles(distDir);
  expect(files.length, 'the site is built').toBeGreaterThan(10);
  const offending = files.filter((file) => /[a-z0-9-]\.example\b/i.test(readFileSync(file, 'utf8'))).map((file) => path.relative(distDir, file));
  expect(offending).toEqual([]);
});

test('canonical links use the resolved site address, which is the preview address or a real one', () => {
  const html = readFileSync(path.join(distDir, 'en', 'hotlines', 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(canonical).toBe(`${siteUrl}/en/hotlines/`);
  if (process.env['PUBLISH'] === '1') expect(isPlaceholderAddress(siteUrl)).toBe(false);
});
