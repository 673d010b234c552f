import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the level the site promises. No rule is switched off. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core itself, the version @axe-core/playwright depends on. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into every page the tab opens from now on, before the page's
 * own scripts (Playwright's init scripts are not subject to the page's CSP,
 * and report no violation). For a test that walks many pages: about half
 * the time of injecting axe after each load, measured over 30 pages.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeSource });
}

/**
 * Every axe violation on the page as open in the browser, one line per element.
 *
 * axe runs in the page itself (as @axe-core/playwright's legacy mode does),
 * injected now unless preloadAxe() already did: the site has no frames, and
 * the browser gates fail any request to another host. Only violations are
 * collected in full (`resultTypes`): axe then keeps one example node of each
 * passed rule instead of serialising every one. With that setting axe
 * reported the 404 pages' two unnamed search landmarks (landmark-unique),
 * which the full run had let through.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${n.target.join(' ')}`));
}
