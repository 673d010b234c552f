import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite, editedContentCopy } from '../support/buildSite';

/**
 * "Report a problem with this page" reaches whoever publishes the site, as set
 * by `problemReport` in content/site.yaml. The real content leaves it unset, so
 * the real build shows no link (tests/browser/discovery.spec.ts); once the
 * publisher sets an address, every page links to it with its own address.
 */

const reportTo = 'bao-loi@portal.gov.vn';
const previewAddress = 'http://127.0.0.1:4321';
let build: BuildResult;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const copy = await editedContentCopy('site.yaml', (text) => `${text.trimEnd()}\nproblemReport: ${reportTo}\n`);
  cleanup = copy.cleanup;
  build = await buildSite(copy.contentDir, copy.dir);
}, 300_000);

afterAll(async () => {
  await cleanup?.();
});

const reportLink = (html: string): string | undefined =>
  /<p class="app-report-problem"><a href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('a report address set in site.yaml', () => {
  test('the site builds', () => {
    expect(build.exitCode, build.output).toBe(0);
  });

  for (const [file, own] of [
    ['en/hotlines/index.html', `${previewAddress}/en/hotlines/`],
    ['handbook/work-permit/index.html', `${previewAddress}/handbook/work-permit/`],
  ] as const) {
    test(`${file} links to it with the page's address`, async () => {
      const href = reportLink(await readFile(path.join(build.outDir, file), 'utf8'));
      expect(href?.startsWith(`mailto:${reportTo}?`)).toBe(true);
      expect(decodeURIComponent(href!)).toContain(own);
    });
  }
});
