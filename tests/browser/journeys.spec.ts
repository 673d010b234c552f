import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../support/buildSite';
import { contentFields } from '../support/contentFields';

/**
 * Journeys across procedures: each journey page lists its steps linking to
 * their procedures and prints as a checklist; each procedure a journey uses
 * says "Part of: <journey>" with the steps before and after it, in every language.
 */

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
const locales = ['vi', 'en', 'ru', 'zh', 'ko'] as const;
const prefix = (locale: string) => (locale === 'vi' ? '' : `/${locale}`);
interface Step {
  procedure?: string;
  alternative?: string;
  title?: string;
}
const journeyDir = path.join(contentDir, 'pages/vi/journeys');
const journeys = readdirSync(journeyDir)
  .filter((f) => f.endsWith('.md'))
  .map((file) => {
    const data = contentFields(contentDir, path.join('pages/vi/journeys', file)) as unknown as { title: string; journey: { steps: Step[] } };
    return { slug: file.replace(/\.md$/, ''), ...data };
  });

test('there are at least five journeys, each in all five languages', () => {
  expect(journeys.length).toBeGreaterThanOrEqual(5);
  for (const locale of locales) {
    for (const journey of journeys) expect(readdirSync(path.join(contentDir, 'pages', locale, 'journeys'))).toContain(`${journey.slug}.md`);
  }
});

for (const locale of locales) {
  test(`${locale}: the work journey's procedures say where they sit in it, with previous and next`, async ({ page }) => {
    const journey = journeys.find((j) => j.slug === 'work')!;
    const steps = journey.journey.steps;
    const middle = steps.findIndex((s, i) => i > 0 && i < steps.length - 1 && s.procedure);
    const step = steps[middle]!;
    await page.goto(`${prefix(locale)}/handbook/${step.procedure}/`);
    const place = page.locator(`nav.app-journey-place[data-journey="journeys/work"]`);
    await expect(place).toBeVisible();
    await expect(place.locator('a').first()).toHaveAttribute('href', `${prefix(locale)}/journeys/work/`);
    const position = await place.locator('.app-journey-place__position').textContent();
    expect(position).toContain(String(middle + 1));
    expect(position).toContain(String(steps.length));
    const previous = steps[middle - 1]!;
    const next = steps[middle + 1]!;
    if (previous.procedure) await expect(place.locator('li[data-direction="previous"] a')).toHaveAttribute('href', `${prefix(locale)}/handbook/${previous.procedure}/`);
    else await expect(place.locator('li[data-direction="previous"]')).toBeVisible();
    if (next.procedure) await expect(place.locator('li[data-direction="next"] a')).toHaveAttribute('href', `${prefix(locale)}/handbook/${next.procedure}/`);
    else await expect(place.locator('li[data-direction="next"]')).toBeVisible();
    // The journey's title is the translation, not the Vietnamese fallback.
    if (locale !== 'vi') await expect(place.locator('a').first()).not.toHaveAttribute('lang', /.+/);
  });
}

test('every journey page links every step to its procedure, in order', async ({ page }) => {
  for (const journey of journeys) {
    await page.goto(`/en/journeys/${journey.slug}/`);
    const items = page.locator('ol.app-journey > li');
    await expect(items).toHaveCount(journey.journey.steps.length);
    for (const [index, step] of journey.journey.steps.entries()) {
      if (step.procedure) await expect(items.nth(index).locator('h2 a')).toHaveAttribute('href', `/en/handbook/${step.procedure}/`);
      if (step.alternative) await expect(items.nth(index).locator('.app-journey__alternative a')).toHaveAttribute('href', `/en/handbook/${step.alternative}/`);
    }
  }
});

test('a journey prints as a checklist: an empty box before each step', async ({ page }) => {
  await page.goto('/en/journeys/work/');
  await page.emulateMedia({ media: 'print' });
  const box = await page.locator('ol.app-journey > li').first().evaluate((el) => {
    const style = getComputedStyle(el, '::before');
    return { content: style.content, border: style.borderTopStyle, width: style.width };
  });
  expect(box.content).not.toBe('none');
  expect(box.border).toBe('solid');
  expect(parseFloat(box.width)).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });
  const screenBox = await page.locator('ol.app-journey > li').first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(screenBox).toBe('none');
});

test('the journeys index lists every journey, without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/journeys/');
  for (const journey of journeys) await expect(page.locator(`ul.app-section-list a[href="/ko/journeys/${journey.slug}/"]`)).toHaveCount(1);
  await context.close();
});
