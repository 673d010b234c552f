import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { resolveSiteAddress } from '../../src/site/siteAddress';
import { type BuildResult, buildSite, copyContent, projectRoot } from '../support/buildSite';

/**
 * One build of a temporary copy of the content, changed in two ways a
 * translator meets every day:
 * - a page that exists only in Vietnamese (every other locale falls back);
 * - a Vietnamese page edited after its translations were stamped.
 */
const onlyVietnamese = `---
title: Trang chỉ có tiếng Việt
description: Trang này chỉ có bản tiếng Việt, để kiểm tra thông báo chưa dịch.
section: about
reviewed: 2026-10-07
sources:
  - title: Cổng Dịch vụ công Quốc gia
    url: https://dichvucong.gov.vn
---

Nội dung chỉ có bằng tiếng Việt. Nộp hồ sơ trên {{national-portal.name}}. Xem [đường dây nóng](/hotlines/).
`;

let result: BuildResult;
let cleanup: () => Promise<void>;
let contentDir: string;
// The address the build resolves while content/site.yaml leaves `url` out (src/site/siteAddress.ts).
const siteUrl = (): string => {
  const configured = /^url:\s*(\S+)/m.exec(readFileSync(path.join(projectRoot, 'content/site.yaml'), 'utf8'))?.[1];
  const resolved = resolveSiteAddress(configured, { publish: false });
  return resolved.ok ? resolved.url : '';
};
const page = (urlPath: string): string => readFileSync(path.join(result.outDir, urlPath, 'index.html'), 'utf8');

beforeAll(async () => {
  const copy = await copyContent();
  cleanup = copy.cleanup;
  contentDir = copy.contentDir;
  await writeFile(path.join(copy.contentDir, 'pages/vi/i18n-only-vi.md'), onlyVietnamese);
  // A page translated into English only.
  await writeFile(path.join(copy.contentDir, 'pages/vi/i18n-vi-en.md'), onlyVietnamese.replace('Trang chỉ có tiếng Việt', 'Trang có tiếng Anh'));
  await writeFile(
    path.join(copy.contentDir, 'pages/en/i18n-vi-en.md'),
    onlyVietnamese.replace('Trang chỉ có tiếng Việt', 'A page in English').replace(/\n\n[^\n]*\n$/, '\n\nEnglish text.\n'),
  );
  // Stamp every translation, then change the Vietnamese hotlines page for real.
  execFileSync(path.join(projectRoot, 'node_modules/.bin/node'), [path.join(projectRoot, 'scripts/i18n-stamp.ts')], {
    env: { ...process.env, CONTENT_DIR: copy.contentDir },
  });
  const hotlines = path.join(copy.contentDir, 'pages/vi/hotlines.md');
  const text = await readFile(hotlines, 'utf8');
  await writeFile(hotlines, text.replace(/^reviewed: .*$/m, 'reviewed: 2026-11-03').replace(/\n---\n/, '\n---\n\nMột đoạn mới: giờ làm việc đã thay đổi.\n'));
  result = await buildSite(copy.contentDir, copy.dir);
  if (result.exitCode !== 0) throw new Error(result.output);
}, 300_000);
afterAll(() => cleanup?.());

describe('a page without a translation', () => {
  test.each(['en', 'ru', 'zh', 'ko'])('shows the Vietnamese in /%s/ with a notice in the reader\'s language', (code) => {
    const html = page(`${code}/i18n-only-vi`);
    const ui = JSON.parse(readFileSync(path.join(projectRoot, `src/i18n/ui/${code}.json`), 'utf8')) as Record<string, string>;
    expect(html).toContain(ui['translationNotice.fallback']);
    expect(html).toMatch(/<h1 lang="vi">Trang chỉ có tiếng Việt<\/h1>/);
    expect(html).toMatch(/<li class="app-breadcrumbs__item" aria-current="page" lang="vi">Trang chỉ có tiếng Việt<\/li>/);
    expect(html).toMatch(/<div class="app-prose" lang="vi">[\s\S]*Nội dung chỉ có bằng tiếng Việt/);
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
    expect(html).toContain(`<link rel="canonical" href="${siteUrl()}/i18n-only-vi/">`);
    expect(html).not.toMatch(/hreflang="(en|ru|zh-Hans|ko)" href="[^"]*i18n-only-vi/);
  });

  test('keeps facts in Vietnamese inside the Vietnamese text, but links to pages in the reader\'s language', () => {
    const prose = /<div class="app-prose" lang="vi">([\s\S]*?)<\/div>/.exec(page('ru/i18n-only-vi'))![1]!;
    expect(prose).toContain('Nộp hồ sơ trên Cổng Dịch vụ công Quốc gia.');
    expect(prose).toContain('<a href="/ru/hotlines/">đường dây nóng</a>');
  });

  test('labels an untranslated page in the main navigation as Vietnamese', () => {
    const links = [...page('ru/i18n-only-vi').matchAll(/<a class="app-main-nav__link" href="\/ru\/([^"]*)\/"([^>]*)>/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, slug, attributes] of links) {
      const translated = existsSync(path.join(contentDir, `pages/ru/${slug}.md`));
      expect(attributes, slug).toMatch(translated ? /^(?![\s\S]*lang=)/ : /lang="vi"/);
    }
  });

  test('offers the languages the page is translated into', () => {
    expect(page('ko/i18n-vi-en')).toMatch(
      /app-translation-notice--fallback">[^<]*이 페이지는 다음 언어로도 볼 수 있습니다: <a href="\/en\/i18n-vi-en\/" hreflang="en" lang="en">English<\/a>/,
    );
    expect(page('ko/i18n-only-vi')).not.toContain('다음 언어로도');
  });

  test('the Vietnamese page itself has no notice and is indexed', () => {
    const html = page('i18n-only-vi');
    expect(html).not.toContain('app-translation-notice');
    expect(html).not.toContain('noindex');
    expect(html).toMatch(/<h1>Trang chỉ có tiếng Việt<\/h1>/);
  });

  test('only the Vietnamese URL is in the sitemap', () => {
    const sitemap = readFileSync(path.join(result.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${siteUrl()}/i18n-only-vi/`);
    expect(sitemap).not.toMatch(/\/(en|ru|zh|ko)\/i18n-only-vi\//);
  });
});

describe('a translation older than its Vietnamese source', () => {
  test('shows the outdated notice, with the date the Vietnamese changed and a link to it', () => {
    const html = page('en/hotlines');
    expect(html).toMatch(
      /The Vietnamese page was updated on <time datetime="2026-11-03">November 3, 2026<\/time>; this translation may be out of date\. <a href="\/hotlines\/" hreflang="vi">Read the Vietnamese page<\/a>/,
    );
  });

  test('a translation stamped against the current Vietnamese shows no notice', () => {
    expect(page('en/about')).not.toContain('app-translation-notice');
    expect(page('en/about')).toMatch(/<li class="app-breadcrumbs__item" aria-current="page">/);
  });

  test('the staff report counts it and links the English list, which shows it as out of date', () => {
    expect(page('en/translations')).toContain('<a href="/en/translations/en/">');
    const html = page('en/translations/en');
    expect(html).toMatch(/<a href="\/en\/hotlines\/">hotlines<\/a><\/td>\s*<td>Page<\/td>\s*<td>Out of date<\/td>/);
  });
});

describe('alternate languages', () => {
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? htmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
    );
  const builtPath = (href: string): string => {
    const { pathname } = new URL(href);
    return path.join(result.outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
  };
  const tags = new Set([...locales.map((l) => l.lang), 'x-default']);

  test('every hreflang alternate in every page resolves to a built page in that language', () => {
    let checked = 0;
    for (const file of htmlFiles(result.outDir)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)) {
        const [, lang, href] = m as unknown as [string, string, string];
        expect(tags, `${file}: ${lang}`).toContain(lang);
        const target = builtPath(href);
        expect(existsSync(target), `${path.relative(result.outDir, file)} → ${href}`).toBe(true);
        const targetHtml = readFileSync(target, 'utf8');
        if (lang !== 'x-default') expect(targetHtml, href).toMatch(new RegExp(`<html lang="${lang}"`));
        expect(targetHtml, `${href} is an alternate but says noindex`).not.toContain('content="noindex"');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('every alternate in the sitemap resolves to a built, indexable page', () => {
    const sitemap = readFileSync(path.join(result.outDir, 'sitemap-0.xml'), 'utf8');
    const hrefs = [...sitemap.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [, lang, href] of hrefs) {
      expect(tags).toContain(lang);
      expect(existsSync(builtPath(href!)), href).toBe(true);
      expect(readFileSync(builtPath(href!), 'utf8'), href).not.toContain('content="noindex"');
    }
  });
});
