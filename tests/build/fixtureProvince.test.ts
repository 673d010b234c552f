import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { projectRoot } from '../support/buildSite';
import { contentFields } from '../support/contentFields';
import { ensureFixtureProvince, fixtureContentDir, fixtureSiteUrl } from '../support/fixtureProvince';
import { type HtmlElement, type HtmlNode, all, attr, builtPage, descendants, langOf, one, parentElement, parseHtml, text } from '../support/html';

/**
 * The engine over the fixture province (tests/fixtures/province): an invented
 * province built once per run (or found up to date). What these tests check
 * is the engine's behaviour, whatever province it publishes.
 */

let dist = '';
beforeAll(async () => {
  dist = await ensureFixtureProvince((line) => console.log(line));
}, 900_000);
const page = (urlPath: string): HtmlNode => builtPage(dist, urlPath);
const ui = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(projectRoot, `src/i18n/ui/${code}.json`), 'utf8')) as Record<string, string>;
const builtFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
const htmlFiles = (): string[] => builtFiles(dist).filter((f) => f.endsWith('.html'));
const sitemap = (): HtmlNode => parseHtml(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8'));
const sitemapLocs = (): string[] => all(sitemap(), 'loc').map(text);

describe('a page without a translation', () => {
  test.each(['en', 'ru', 'zh', 'ko'])("shows the Vietnamese in /%s/ with a notice in the reader's language", (code) => {
    const doc = page(`${code}/only-vi`);
    expect(text(one(doc, 'p.app-translation-notice--fallback'))).toBe(ui(code)['translationNotice.fallback']);
    const h1 = one(doc, 'h1');
    expect(text(h1)).toBe('Trang chỉ có tiếng Việt');
    expect(attr(h1, 'lang')).toBe('vi');
    const crumb = one(doc, 'li.app-breadcrumbs__item[aria-current="page"]');
    expect([text(crumb), attr(crumb, 'lang')]).toEqual(['Trang chỉ có tiếng Việt', 'vi']);
    const prose = one(doc, 'div.app-prose');
    expect(attr(prose, 'lang')).toBe('vi');
    expect(text(prose)).toContain('Nội dung chỉ có bằng tiếng Việt');
    // The page around the text stays in the reader's language.
    expect(attr(one(doc, 'html'), 'lang')).toBe(locales.find((l) => l.code === code)!.lang);
    expect(langOf(one(doc, 'p.app-translation-notice--fallback'))).toBe(locales.find((l) => l.code === code)!.lang);
    expect(attr(one(doc, 'meta[name="robots"]'), 'content')).toBe('noindex');
    expect(attr(one(doc, 'link[rel="canonical"]'), 'href')).toBe(`${fixtureSiteUrl}/only-vi/`);
    const alternates = all(doc, 'link[rel="alternate"][hreflang]').map((l) => attr(l, 'href') ?? '');
    expect(alternates.filter((href) => /\/(en|ru|zh|ko)\/only-vi\//.test(href))).toEqual([]);
  });

  test("keeps facts in Vietnamese inside the Vietnamese text, but links to pages in the reader's language", () => {
    const prose = one(page('ru/only-vi'), 'div.app-prose');
    expect(text(prose)).toContain('Nộp hồ sơ trên Cổng Dịch vụ công tỉnh Ví Dụ.');
    const link = all(prose, 'a').find((a) => text(a) === 'đường dây nóng');
    expect(link && attr(link, 'href')).toBe('/ru/hotlines/');
  });

  test('labels an untranslated page in the main navigation as Vietnamese, and a translated one not', () => {
    const links = all(page('en/only-vi'), 'a.app-main-nav__link');
    const bySlug = new Map(links.map((a) => [attr(a, 'href'), attr(a, 'lang')]));
    expect(bySlug.get('/en/hotlines/')).toBeUndefined();
    expect(bySlug.has('/en/hotlines/')).toBe(true);
    const ruLinks = all(page('ru/only-vi'), 'a.app-main-nav__link');
    expect(ruLinks.length).toBeGreaterThan(0);
    for (const a of ruLinks) expect(attr(a, 'lang'), attr(a, 'href')).toBe('vi');
  });

  test('offers the languages the page is translated into', () => {
    const notice = one(page('ko/about'), 'p.app-translation-notice--fallback');
    expect(text(notice)).toBe(`${ui('ko')['translationNotice.fallback']} ${ui('ko')['translationNotice.alsoIn']} English`);
    const english = one(notice, 'a');
    expect([attr(english, 'href'), attr(english, 'hreflang'), attr(english, 'lang')]).toEqual(['/en/about/', 'en', 'en']);
    expect(text(one(page('ko/only-vi'), 'p.app-translation-notice--fallback'))).toBe(ui('ko')['translationNotice.fallback']);
  });

  test('the Vietnamese page itself has no notice and is indexed', () => {
    const doc = page('only-vi');
    expect(all(doc, '.app-translation-notice')).toEqual([]);
    expect(all(doc, 'meta[name="robots"]')).toEqual([]);
    expect(attr(one(doc, 'h1'), 'lang')).toBeUndefined();
    expect(text(one(doc, 'h1'))).toBe('Trang chỉ có tiếng Việt');
  });

  test('only the Vietnamese URL is in the sitemap', () => {
    expect(sitemapLocs()).toContain(`${fixtureSiteUrl}/only-vi/`);
    expect(sitemapLocs().filter((loc) => /\/(en|ru|zh|ko)\/only-vi\//.test(loc))).toEqual([]);
    expect(all(sitemap(), 'xhtml:link').filter((l) => (attr(l, 'href') ?? '').includes('only-vi'))).toEqual([]);
  });
});

describe('a procedure without a translation', () => {
  test('shows the Vietnamese procedure in /en/ with the notice, and marks only its text as Vietnamese', () => {
    const doc = page('en/handbook/sample-certificate');
    expect(text(one(doc, 'p.app-translation-notice--fallback'))).toBe(ui('en')['translationNotice.fallback']);
    const h1 = one(doc, 'h1');
    expect([text(h1), attr(h1, 'lang')]).toEqual(['Cấp giấy xác nhận mẫu', 'vi']);
    expect(attr(one(doc, 'p.app-lead'), 'lang')).toBe('vi');
    // The interface around it (the summary heading, the officer card) stays English.
    expect(text(one(doc, '#app-procedure-summary-heading'))).toBe(ui('en')['procedure.summaryHeading']);
    expect(langOf(one(doc, '#app-procedure-summary-heading'))).toBe('en');
    expect(langOf(one(doc, '#app-officer-card-heading'))).toBe('en');
    expect(attr(one(doc, 'meta[name="robots"]'), 'content')).toBe('noindex');
  });

  test('a translated procedure has no notice', () => {
    const doc = page('en/handbook/sample-permit');
    expect(all(doc, '.app-translation-notice')).toEqual([]);
    expect(attr(one(doc, 'h1'), 'lang')).toBeUndefined();
  });

  // The English file has no officialName, online or sources: every language
  // takes them from the Vietnamese file, so one edit there changes them all.
  test('a translated procedure shows the official name, online entry and sources written once, in the Vietnamese file', () => {
    const vi = contentFields(fixtureContentDir, 'procedures/vi/sample-permit.md') as {
      officialName: string;
      online: { url: string };
      sources: { title: string }[];
    };
    const en = readFileSync(path.join(fixtureContentDir, 'procedures/en/sample-permit.md'), 'utf8');
    expect(en).not.toContain(vi.online.url);
    const doc = page('en/handbook/sample-permit');
    expect(attr(one(doc, 'a.app-where-to-go__listing'), 'href')).toBe(vi.online.url);
    expect(all(doc, '[lang="vi"]').map(text)).toContain(vi.officialName);
    expect(text(one(doc, '.app-sources__list'))).toContain(vi.sources[0]!.title);
  });
});

describe('a translation older than its Vietnamese source', () => {
  test('shows the outdated notice, with the date the Vietnamese changed and a link to it', () => {
    const notice = one(page('en/hotlines'), 'p.app-translation-notice--outdated');
    expect(text(notice)).toBe(
      `${ui('en')['translationNotice.outdated']!.replace('{{date}}', 'November 3, 2026')} ${ui('en')['translationNotice.readSource']}`,
    );
    // The date is the Vietnamese source's (its `reviewed` date outside git), machine-readable too.
    const source = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(fixtureContentDir, 'pages/vi/hotlines.md'), 'utf8'))![1]!) as { reviewed: string };
    expect(source.reviewed).toBe('2026-11-03');
    expect(attr(one(notice, 'time'), 'datetime')).toBe(source.reviewed);
    const link = one(notice, 'a');
    expect([attr(link, 'href'), attr(link, 'hreflang')]).toEqual(['/hotlines/', 'vi']);
  });

  test('a translation stamped against the current Vietnamese shows no notice', () => {
    const doc = page('en/about');
    expect(all(doc, '.app-translation-notice')).toEqual([]);
    expect(attr(one(doc, 'li.app-breadcrumbs__item[aria-current="page"]'), 'lang')).toBeUndefined();
  });

  test('the staff report counts it and its English list shows it as out of date, and the untranslated page as missing', () => {
    expect(all(page('en/translations'), 'a').map((a) => attr(a, 'href'))).toContain('/en/translations/en/');
    const rows = all(page('en/translations/en'), 'tr').map((tr) => all(tr, 'td').map(text));
    expect(rows).toContainEqual(['hotlines', 'Page', 'Out of date', 'pages/en/hotlines.md']);
    expect(rows).toContainEqual(['only-vi', 'Page', 'Missing', 'pages/en/only-vi.md']);
  });
});

describe('a missing optional fact', () => {
  test('the office without an address gets no address line; the one with an address shows it', () => {
    expect(all(page('en/handbook/sample-registration'), '.app-where-to-go__address')).toEqual([]);
    expect(text(one(page('en/handbook/sample-permit'), '.app-where-to-go__address'))).toBe('1 Thử Nghiệm Street, Mẫu Ward, Example Province');
  });

  test('a procedure without a fee or time limit points to the official listing instead of an empty value', () => {
    const rows = all(page('en/handbook/sample-registration'), '.app-procedure-summary__row').map((row) => [text(one(row, 'dt')), text(one(row, 'dd'))]);
    expect(rows).toContainEqual([ui('en')['procedure.fee'], ui('en')['procedure.seeListing']]);
    expect(rows).toContainEqual([ui('en')['procedure.time'], ui('en')['procedure.seeListing']]);
    expect(text(one(page('en/handbook/sample-registration'), '.app-procedure__official-name'))).not.toContain(ui('en')['procedure.code']);
  });

  test('a line without hours gets no opening-hours block; the line with hours does', () => {
    const blocks = all(page('en/hotlines'), '[data-fact-hours]').map((b) => attr(b, 'data-fact-hours'));
    expect(blocks).toEqual(['vidu-hotline']);
  });

  test('no built page shows an empty label, value, heading or list item', () => {
    const labels = new Set(['dt', 'dd', 'th', 'td', 'li', 'h1', 'h2', 'h3', 'h4', 'p', 'strong', 'label', 'a', 'button']);
    const media = new Set(['img', 'svg', 'input', 'select', 'textarea']);
    /** Hidden until a script fills it and shows it (the report page's "you came from" box). */
    const hidden = (e: HtmlElement): boolean => attr(e, 'hidden') !== undefined || (parentElement(e) !== undefined && hidden(parentElement(e)!));
    /** Left empty for a script to write into: a live status or an element a script finds by its data- attribute. */
    const scriptSlot = (e: HtmlElement): boolean =>
      descendants(e).length === 0 && (attr(e, 'aria-live') !== undefined || attr(e, 'role') === 'status' || e.attrs.some((a) => a.name.startsWith('data-')));
    const empty: string[] = [];
    for (const file of htmlFiles()) {
      const doc = parseHtml(readFileSync(path.join(dist, file), 'utf8'));
      for (const element of descendants(doc)) {
        if (!labels.has(element.tagName) || text(element) !== '' || descendants(element).some((d) => media.has(d.tagName))) continue;
        if (hidden(element) || scriptSlot(element)) continue;
        empty.push(`${file}: <${element.tagName}${element.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
      }
    }
    expect(empty).toEqual([]);
  });
});

describe('a fact written once in facts.yaml', () => {
  // A toll-free line, written as dialled in Vietnam.
  const number = '1800 5555';
  const tel = 'tel:18005555';
  test('is a tel: link in the text of the hotlines page, in Vietnamese and in English', () => {
    for (const p of ['hotlines', 'en/hotlines']) {
      const links = all(one(page(p), 'main'), `a[href="${tel}"]`);
      expect(links.map((a) => text(a).replaceAll('\u00a0', ' ')), p).toContain(number);
    }
  });

  test("is the contact block's support line on every page, in every language", () => {
    for (const p of ['', 'en', 'ru', 'ko/about', 'zh/handbook/sample-permit']) {
      const block = one(page(p), 'section.app-contact-block');
      expect(attr(one(block, 'a.app-contact-block__phone'), 'href'), p).toBe(tel);
    }
  });
});

describe("the engine's promise: nothing about the province it was written for", () => {
  /** Names of Khánh Hòa and its places, in every language the site has, and its real facts. */
  const forbidden = ['khanh hoa', 'khanhhoa', 'nha trang', 'ninh thuan', 'cam ranh', '카인호아', '칸호아', '庆和', '慶和', 'кханьхоа', 'кхань хоа', 'нячанг', '芽庄', '나트랑', '냐짱'];
  /** Lower case, without tones or spaces variants: "Khánh Hoà", "KHÁNH HÒA" and "Khanh-Hoa" all become "khanh hoa". */
  const normalise = (s: string): string =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[-_\s]+/g, ' ');

  /** The real content's own facts (numbers and addresses), which no engine file may carry. */
  const realFacts = (): string[] => {
    const facts = parse(readFileSync(path.join(projectRoot, 'content/facts.yaml'), 'utf8')) as Record<string, { kind: string; value?: unknown }>;
    // The real site's address, once the province sets it (content/site.yaml leaves it out until then).
    const site = parse(readFileSync(path.join(projectRoot, 'content/site.yaml'), 'utf8')) as { url?: string };
    const values = Object.values(facts).flatMap((f) => (typeof f.value === 'string' && ['phone', 'url', 'email', 'channel'].includes(f.kind) ? [f.value] : []));
    const siteHost = site.url && URL.canParse(site.url) ? [new URL(site.url).host] : [];
    // Toll-free lines are written as dialled in Vietnam (1800 1096): their digits too.
    const digits = values.filter((v) => /^\+|^1[89]00/.test(v)).map((v) => v.replace(/[^\d+]/g, ''));
    return [...values, ...digits, ...siteHost];
  };

  test('the check itself would catch a province name (the list is not empty and matches)', () => {
    expect(forbidden.some((word) => normalise('Tỉnh KHÁNH HOÀ').includes(word))).toBe(true);
    expect(realFacts().length).toBeGreaterThan(3);
  });

  test('no built file names Khánh Hòa, its places, or carries its facts', () => {
    const facts = realFacts();
    const found: string[] = [];
    const textFiles = builtFiles(dist).filter((f) => /\.(html|json|xml|webmanifest|js|css|txt|conf|svg)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(20);
    for (const file of textFiles) {
      const content = readFileSync(path.join(dist, file), 'utf8');
      const plain = normalise(content);
      for (const word of forbidden) if (plain.includes(normalise(word))) found.push(`${file}: "${word}"`);
      for (const fact of facts) if (content.includes(fact)) found.push(`${file}: ${fact}`);
    }
    expect(found).toEqual([]);
  });
});

describe('alternate languages', () => {
  const tags = new Set([...locales.map((l) => l.lang), 'x-default']);
  const builtPath = (href: string): string => {
    const { pathname } = new URL(href);
    return path.join(dist, pathname, pathname.endsWith('.html') ? '' : 'index.html');
  };

  test('every hreflang alternate in every page leads to a built, indexable page in that language', () => {
    let checked = 0;
    for (const file of htmlFiles()) {
      const doc = parseHtml(readFileSync(path.join(dist, file), 'utf8'));
      for (const link of all(doc, 'link[rel="alternate"][hreflang]')) {
        const lang = attr(link, 'hreflang')!;
        const href = attr(link, 'href')!;
        expect(tags, `${file}: ${lang}`).toContain(lang);
        const target = parseHtml(readFileSync(builtPath(href), 'utf8'));
        if (lang !== 'x-default') expect(attr(one(target, 'html'), 'lang'), href).toBe(lang);
        expect(all(target, 'meta[name="robots"]').map((m) => attr(m, 'content')), `${href} is an alternate but says noindex`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('every alternate in the sitemap leads to a built, indexable page', () => {
    const hrefs = all(sitemap(), 'xhtml:link[rel="alternate"]').map((l) => [attr(l, 'hreflang'), attr(l, 'href')] as const);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [lang, href] of hrefs) {
      expect(tags).toContain(lang);
      const target = parseHtml(readFileSync(builtPath(href!), 'utf8'));
      expect(all(target, 'meta[name="robots"]'), href).toEqual([]);
    }
  });
});
