import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { projectRoot } from '../support/buildSite';

/**
 * The feedback-results page, as a reader of each language sees it: measured
 * results and 2020 targets are in separate tables and charts, told apart in
 * words ("not results") and visually (solid bars against dashed outlines),
 * every figure says its year, and indicator names and chart labels are in the
 * reader's language, never the Vietnamese fallback.
 */

const contentDir = path.join(projectRoot, process.env['CONTENT_DIR'] ?? 'content');
interface IndicatorData {
  kind: 'result' | 'target';
  name: Record<string, string>;
  shortName: Record<string, string>;
  year: number;
}
const indicators = Object.entries(parse(readFileSync(path.join(contentDir, 'indicators.yaml'), 'utf8')) as Record<string, IndicatorData>);
const locales = ['vi', 'en', 'ru', 'zh', 'ko'] as const;
const urlOf = (locale: string) => `${locale === 'vi' ? '' : `/${locale}`}/feedback-results/`;

test('indicators.yaml has both measured results and targets to show', () => {
  expect(indicators.some(([, i]) => i.kind === 'result')).toBe(true);
  expect(indicators.some(([, i]) => i.kind === 'target')).toBe(true);
  // "at least three years" of measured values
  expect(new Set(indicators.filter(([, i]) => i.kind === 'result').map(([, i]) => i.year)).size).toBeGreaterThanOrEqual(3);
});

for (const locale of locales) {
  test(`${locale} feedback-results shows results and targets apart, with their years, in ${locale}`, async ({ page }) => {
    await page.goto(urlOf(locale));
    const results = page.locator('section.app-indicators--result');
    const targets = page.locator('section.app-indicators--target');
    await expect(results.getByRole('table')).toBeVisible();
    await expect(targets.getByRole('table')).toBeVisible();
    for (const [id, indicator] of indicators) {
      const name = indicator.name[locale];
      const shortName = indicator.shortName[locale];
      expect(name, `${id}.name has no ${locale} text`).toBeTruthy();
      expect(shortName, `${id}.shortName has no ${locale} text`).toBeTruthy();
      const section = indicator.kind === 'result' ? results : targets;
      const other = indicator.kind === 'result' ? targets : results;
      const row = section.locator(`tr[data-indicator="${id}"]`);
      await expect(row.locator('th')).toContainText(name!);
      await expect(row.locator('td').first()).toHaveText(String(indicator.year));
      await expect(other.locator(`tr[data-indicator="${id}"]`)).toHaveCount(0);
      // The chart: the label in the reader's language (no lang="vi" fallback), the year in the value line.
      const group = section.locator(`.app-indicator-chart__row[data-indicator="${id}"]`);
      await expect(group.locator('.app-indicator-chart__label')).toHaveText(shortName!);
      if (locale !== 'vi') await expect(group.locator('.app-indicator-chart__label')).not.toHaveAttribute('lang', /.+/);
      await expect(group.locator('.app-indicator-chart__value')).toContainText(String(indicator.year));
      // Results are solid bars, targets dashed outlines: never the same shape.
      await expect(group.locator(indicator.kind === 'result' ? 'rect.app-indicator-chart__bar' : 'rect.app-indicator-chart__target')).toHaveCount(1);
      await expect(group.locator(indicator.kind === 'result' ? 'rect.app-indicator-chart__target' : 'rect.app-indicator-chart__bar')).toHaveCount(0);
    }
    // The target chart draws no fill: a reader cannot take it for a result bar.
    const fill = await targets.locator('rect.app-indicator-chart__target').first().evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('none');
    const dash = await targets.locator('rect.app-indicator-chart__target').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(dash).not.toBe('none');
    // In words: the targets' heading says they are not results, in the reader's language.
    const heading = await targets.getByRole('heading', { level: 2 }).textContent();
    const resultsHeading = await results.getByRole('heading', { level: 2 }).textContent();
    expect(heading).not.toBe(resultsHeading);
  });
}

test('ru, zh and ko headings and captions are not the English or Vietnamese ones', async ({ page }) => {
  const headings = new Map<string, string>();
  for (const locale of locales) {
    await page.goto(urlOf(locale));
    headings.set(locale, (await page.locator('#app-indicators-targets').textContent()) ?? '');
  }
  for (const locale of ['ru', 'zh', 'ko']) {
    expect(headings.get(locale)).not.toBe(headings.get('en'));
    expect(headings.get(locale)).not.toBe(headings.get('vi'));
  }
});
