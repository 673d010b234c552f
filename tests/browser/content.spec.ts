import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parse } from 'yaml';
import { projectRoot } from '../support/buildSite';
import { sitemapPaths } from '../support/builtSite';
import { parseHtml, textRuns } from '../support/html';

/**
 * The pages about the service center, as a reader sees them: their key facts
 * come from the data files, phone links dial, nothing is a placeholder, help
 * and the review date are always there, and a phone at 360 px never scrolls
 * sideways.
 */

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
type Localized = Record<string, string>;
interface FactData {
  kind: string;
  name: Localized;
  value: string | Localized;
}
const facts = parse(readFileSync(path.join(contentDir, 'facts.yaml'), 'utf8')) as Record<string, FactData>;

const locales = ['vi', 'en'] as const;
type Locale = (typeof locales)[number];
const slugs = ['index', 'how-to-use', 'features', 'postal-service', 'hotlines', 'feedback-results', 'about', 'accessibility'];
const urlOf = (locale: Locale, slug: string) => `${locale === 'vi' ? '' : `/${locale}`}/${slug === 'index' ? '' : `${slug}/`}`;
const pages = locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug, url: urlOf(locale, slug) })));

function fact(id: string): FactData {
  const found = facts[id];
  if (!found) throw new Error(`content/facts.yaml has no "${id}"`);
  return found;
}
const textOf = (id: string, locale: Locale) => {
  const value = fact(id).value;
  return typeof value === 'string' ? value : (value[locale] ?? value['vi']!);
};
const telOf = (international: string) => `tel:${international.replace(/[^\d+]/g, '')}`;
const stepsIn = (locale: Locale) =>
  readFileSync(path.join(contentDir, 'pages', locale, 'how-to-use.md'), 'utf8').match(/^## /gm)?.length ?? 0;

async function expectPortalLink(page: Page, id: string) {
  const url = textOf(id, 'vi');
  await expect(page.locator(`main a[href="${url}"]`).first()).toBeVisible();
}

test.describe('key facts come from the data files', () => {
  for (const locale of locales) {
    test(`${locale} home page shows the portal's address, the center's name and its motto`, async ({ page }) => {
      await page.goto(urlOf(locale, 'index'));
      const portal = page.locator('.app-home-portal a');
      await expect(portal).toHaveAttribute('href', textOf('national-portal', locale));
      await expect(portal).toHaveText(textOf('national-portal', locale).replace(/^https:\/\//, ''));
      const main = page.getByRole('main');
      await expect(main).toContainText(fact('center').name[locale]!);
      await expect(main).toContainText(textOf('center-motto', locale));
    });

    test(`${locale} home page has big entry points to how-to-use, hotlines, the handbook, search, residents' services, journeys and the information directory`, async ({ page }) => {
      await page.goto(urlOf(locale, 'index'));
      const prefix = locale === 'vi' ? '' : `/${locale}`;
      for (const [id, href] of [
        ['how-to-use', `${prefix}/how-to-use/`],
        ['hotlines', `${prefix}/hotlines/`],
        ['handbook', `${prefix}/handbook/`],
        ['search', `${prefix}/search/`],
        ['services', `${prefix}/services/`],
        ['journeys', `${prefix}/journeys/`],
        ['directory', `${prefix}/directory/`],
      ] as const) {
        await expect(page.locator(`[data-entry-point="${id}"]`)).toHaveAttribute('href', href);
      }
    });

    test(`${locale} step-by-step guide numbers every step the Markdown has and links to the portal`, async ({ page }) => {
      await page.goto(urlOf(locale, 'how-to-use'));
      const steps = page.locator('ol.app-step-by-step > li');
      const count = stepsIn(locale);
      expect(count).toBeGreaterThan(2);
      await expect(steps).toHaveCount(count);
      await expect(steps.nth(count - 1).locator('.app-step-by-step__number')).toContainText(String(count));
      await expect(page.locator('.app-step-contents li')).toHaveCount(count);
      await expectPortalLink(page, 'national-portal');
      await expect(page.getByRole('main')).toContainText(textOf('eid-decree', locale));
    });

    test(`${locale} features page links both the national and the provincial portals`, async ({ page }) => {
      await page.goto(urlOf(locale, 'features'));
      await expectPortalLink(page, 'national-portal');
      await expectPortalLink(page, 'province-portal');
      await expect(page.getByRole('main')).toContainText(fact('national-portal').name[locale]!);
    });

    test(`${locale} postal-service page names its legal basis from the facts`, async ({ page }) => {
      await page.goto(urlOf(locale, 'postal-service'));
      await expect(page.getByRole('main')).toContainText(textOf('postal-decision', locale));
    });

    test(`${locale} hotlines page gives the portal's support line as a tel: link`, async ({ page }) => {
      await page.goto(urlOf(locale, 'hotlines'));
      const number = textOf('national-portal-switchboard', locale);
      const link = page.locator(`main a[href="${telOf(number)}"]`);
      await expect(link).toHaveText(number);
      await expectPortalLink(page, 'national-portal');
    });

    test(`${locale} about page sends readers to the portal to submit`, async ({ page }) => {
      await page.goto(urlOf(locale, 'about'));
      await expectPortalLink(page, 'national-portal');
    });
  }
});

test.describe('every page about the center', () => {
  for (const { url } of pages) {
    test(`${url} shows the contact block and its last-reviewed date`, async ({ page }) => {
      await page.goto(url);
      const help = page.locator('.app-contact-block');
      await expect(help).toBeVisible();
      await expect(help.locator('a[href^="tel:"]')).toHaveAttribute('href', telOf(textOf('national-portal-switchboard', 'vi')));
      await expect(page.locator('.app-last-reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    });

    test(`${url} does not scroll sideways at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const locale of locales) {
    test(`every ${locale} page is at most two taps from the ${locale} home page`, async ({ page }) => {
      const home = urlOf(locale, 'index');
      const linksOn = async (url: string): Promise<string[]> => {
        await page.goto(url);
        const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
        return [...new Set(hrefs)];
      };
      const oneTap = await linksOn(home);
      const reached = new Set([home, ...oneTap]);
      for (const url of oneTap.filter((u) => pages.some((p) => p.url === u))) {
        for (const next of await linksOn(url)) reached.add(next);
      }
      const missing = pages.filter((p) => p.locale === locale && !reached.has(p.url)).map((p) => p.url);
      expect(missing).toEqual([]);
    });
  }
});

test.describe('every built page', () => {
  test('dials only valid international numbers, or Vietnamese toll-free lines, from its tel: links', async ({ request }) => {
    const bad: string[] = [];
    let seen = 0;
    for (const url of sitemapPaths()) {
      const html = await (await request.get(url)).text();
      for (const [, number] of html.matchAll(/href="tel:([^"]*)"/g)) {
        seen++;
        // A 1800 toll-free line works only from Vietnamese phones and is dialled as such (src/check/rules/phoneRule.ts).
        const tollFree = number!.startsWith('+') ? undefined : parsePhoneNumberFromString(number!, 'VN');
        const parsed = number!.startsWith('+') ? parsePhoneNumberFromString(number!) : tollFree?.getType() === 'TOLL_FREE' ? tollFree : undefined;
        if (!parsed?.isValid()) bad.push(`${url}: tel:${number}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  test('contains no placeholder text', async ({ request }) => {
    const placeholder = /\b(lorem|ipsum|TODO|TBD|FIXME|xxx+)\b/i;
    const found: string[] = [];
    for (const url of sitemapPaths()) {
      const html = await (await request.get(url)).text();
      const text = textRuns(parseHtml(html)).join(' ').replace(/\s+/g, ' ');
      const match = placeholder.exec(text);
      if (match) found.push(`${url}: …${text.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
    }
    expect(found).toEqual([]);
  });
});
