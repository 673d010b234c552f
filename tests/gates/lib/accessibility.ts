import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the level the site promises. No rule is switched off. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every axe violation on the page as open in the browser, one line per element.
 *
 * Legacy mode runs axe inside the page instead of opening a blank tab to
 * merge results from each frame: about a second less per page. Its one
 * limit, that cross-origin frames go unchecked, cannot apply here: the site
 * has no frames, and the browser gates fail any request to another host.
 *
 * Only violations are collected in full (`resultTypes`): axe then keeps one
 * example node of each passed rule instead of serialising every one. With
 * that setting axe reported the 404 pages' two unnamed search landmarks
 * (landmark-unique), which the full run had let through.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${n.target.join(' ')}`),
  );
}
