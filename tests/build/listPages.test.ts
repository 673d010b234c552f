import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus';
import { proceduresPerPage, translationItemsPerPage } from '../../src/routing/listPages';
import { lifeEvents } from '../../src/schemas/procedure';
import { type BuildResult, buildSite } from '../support/buildSite';
import { htmlCssBudget, weighPage } from '../gates/lib/budgets';

/**
 * Lists that grow with the content are paged: one build of the real content
 * plus 90 generated procedures in Vietnamese only (so every other language
 * has 90 translations to do), enough for two pages in the largest life
 * events and in each language's translation list.
 */
let dir: string;
let result: BuildResult;
const html = (urlPath: string): string => readFileSync(path.join(result.outDir, urlPath, 'index.html'), 'utf8');
const hrefs = (text: string, className: string): string[] =>
  [...text.matchAll(new RegExp(`<a[^>]*class="${className}"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*class="${className}"`, 'g'))].map((m) => m[1] ?? m[2]!);
const procedureLinks = (text: string): string[] => hrefs(text, 'app-procedure-list__link');
const nextPage = (text: string): string | undefined => /<a href="([^"]+)" rel="next"/.exec(text)?.[1];

/** Every page of a paged list from its first page: the procedures or rows on each. */
function followList(firstUrl: string, items: (text: string) => string[]): string[][] {
  const pages: string[][] = [];
  for (let url: string | undefined = firstUrl; url; ) {
    const text = html(url);
    pages.push(items(text));
    url = nextPage(text);
    if (pages.length > 100) throw new Error(`${firstUrl}: the next links never end`);
  }
  return pages;
}

const procedureFiles = (): string[] =>
  readdirSync(path.join(dir, 'content/procedures/vi'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'portal-lists-'));
  await generateCorpus({ dir, procedures: 90, locales: ['vi'] });
  result = await buildSite(path.join(dir, 'content'), dir);
  if (result.exitCode !== 0) throw new Error(result.output);
  // About 700 pages: a few minutes on an idle two-core machine, over ten on a shared one.
}, 1_200_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the handbook at a larger size', () => {
  for (const prefix of ['', 'en/']) {
    test(`${prefix || 'vi '}: the index lists life events; their pages reach every procedure, ${proceduresPerPage} at most a page`, () => {
      const index = html(`${prefix}handbook`);
      const events = hrefs(index, 'app-handbook-index__link');
      expect(events.length).toBeGreaterThanOrEqual(5);
      expect(procedureLinks(index)).toEqual([]);
      const reached: string[] = [];
      let paged = 0;
      for (const event of events) {
        const pages = followList(event, procedureLinks);
        if (pages.length > 1) paged += 1;
        for (const [i, links] of pages.entries()) {
          expect(links.length, `${event} page ${i + 1}`).toBeGreaterThan(0);
          expect(links.length, `${event} page ${i + 1}`).toBeLessThanOrEqual(proceduresPerPage);
        }
        // The index says how many procedures the life event holds.
        const count = pages.flat().length;
        expect(index).toMatch(new RegExp(`href="${event}"[^>]*>[^<]*</a>\\s*<span class="app-handbook-index__count"[^>]*>[^<]*\\b${count}\\b`));
        reached.push(...pages.flat());
      }
      expect(paged, 'some life event needs more than one page').toBeGreaterThan(0);
      expect(reached.sort()).toEqual(procedureFiles().map((slug) => `/${prefix}handbook/${slug}/`).sort());
    });
  }

  test('a second page links back to the first and marks itself as the current page', () => {
    const second = lifeEvents.map((e) => `en/handbook/${e}/2`).find((p) => existsSync(path.join(result.outDir, p, 'index.html')));
    expect(second).toBeDefined();
    const text = html(second!);
    const first = `/${second!.replace(/2$/, '')}`;
    expect(text).toMatch(new RegExp(`<a href="${first}" rel="prev"[^>]*>`));
    expect(text).toMatch(new RegExp(`<a href="/${second}/" aria-current="page"[^>]*>2</a>`));
    expect(text).toMatch(/<title>[^<]*page 2 of \d+/);
  });

  test('the no-JavaScript list on the search page links life events, not every procedure', () => {
    const search = html('en/search');
    const section = search.slice(search.indexOf('app-search__all'));
    for (const slug of procedureFiles()) expect(section).not.toContain(`href="/en/handbook/${slug}/"`);
    expect(section).toContain('href="/en/handbook/business-and-investment/"');
  });
});

describe('the staff translation report at a larger size', () => {
  test('shows counts and links each language to its own list, listing no item itself', () => {
    const report = html('en/translations');
    expect(report).toContain('href="/en/translations/ru/"');
    expect(report).not.toContain('href="/ru/handbook/generated-');
    expect(report).toMatch(/<td>9\d<\/td>/);
  });

  test(`each language's list holds what needs work in that language, ${translationItemsPerPage} at most a page`, () => {
    const rows = (text: string): string[] => [...text.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!);
    const pages = followList('/en/translations/ko/', rows);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(translationItemsPerPage);
    const files = pages.flat();
    for (const slug of procedureFiles().filter((s) => s.startsWith('generated-'))) expect(files).toContain(`procedures/ko/${slug}.md`);
    expect(files.every((f) => f.includes('/ko/'))).toBe(true);
  });
});

test('every list page is within the page budget', () => {
  const pages = [
    'handbook', 'en/handbook', 'ru/handbook', 'search', 'en/search', 'ru/search', 'translations', 'en/translations',
    ...lifeEvents.flatMap((e) => [`handbook/${e}`, `ru/handbook/${e}`, `ru/handbook/${e}/2`]),
    'en/translations/ru', 'en/translations/ru/2',
  ].filter((p) => existsSync(path.join(result.outDir, p, 'index.html')));
  expect(pages.length).toBeGreaterThan(15);
  for (const p of pages) {
    const w = weighPage(result.outDir, `${p}/index.html`, html(p));
    expect(w.html + w.css, p).toBeLessThanOrEqual(htmlCssBudget);
  }
});

test('a procedure named like a life event stops the build with one line naming the file', async () => {
  const clash = await mkdtemp(path.join(tmpdir(), 'portal-clash-'));
  try {
    await cp(path.join(dir, 'content'), path.join(clash, 'content'), { recursive: true });
    await cp(path.join(clash, 'content/procedures/vi/generated-0001-work-permit.md'), path.join(clash, 'content/procedures/vi/family.md'));
    const broken = await buildSite(path.join(clash, 'content'), clash);
    expect(broken.exitCode).not.toBe(0);
    expect(broken.output).toMatch(/procedures\/vi\/family\.md — file name — "family" — expected a name other than a life event's/);
  } finally {
    await rm(clash, { recursive: true, force: true });
  }
}, 1_200_000);
