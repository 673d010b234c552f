import { type Page, expect, test } from '@playwright/test';
import { serveFixtureProvince, useFixtureProvince } from '../support/fixtureInBrowser';

/**
 * What automated checkers miss, tested as a person uses the site: a
 * keyboard-only journey with a visible focus at every stop, reflow at 320 px
 * and at 400% zoom, WCAG 1.4.12 text spacing, forced colours (Windows high
 * contrast), reduced motion, and a name for every control in every language.
 */

test.describe.configure({ timeout: 180_000 });

const prefixes = { vi: '', en: '/en', ru: '/ru', zh: '/zh', ko: '/ko' };
const samplePages = ['', 'hotlines/', 'handbook/temporary-residence-card/', 'search/', 'feedback-results/'];

/** Describes the focused element, or why its focus is not visible. */
async function focusProblem(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
    if (!outline && !shadow) return `${what} has no visible focus indicator`;
    if (!onScreen) return `${what} is focused off screen`;
    return undefined;
  });
}

/** Presses Tab until the focused element matches, checking the focus is visible at every stop. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const problem = await focusProblem(page);
    expect(problem, `stop ${i + 1} on ${page.url()}`).toBeUndefined();
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab on ${page.url()}`);
}

test('keyboard only: search, open a procedure, switch language, tick the checklist, print, share', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  // The print dialog is the browser's own: count the calls instead of opening it.
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => void (w.printCalls += 1);
  });
  await page.goto('/en/');
  await tabTo(page, 'input[type="search"]');
  await page.keyboard.type('temporary residence card');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);
  await expect(page.locator('[data-app-search-results] a').first()).toBeVisible();
  await tabTo(page, '[data-app-search-results] a[href*="/handbook/temporary-residence-card/"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/handbook\/temporary-residence-card\/$/);

  await tabTo(page, '.app-language-switcher a[hreflang="ko"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/handbook\/temporary-residence-card\/$/);

  await tabTo(page, '.app-checklist__box');
  await page.keyboard.press('Space');
  await expect(page.locator('.app-checklist__box').first()).toBeChecked();
  await tabTo(page, '.app-print-button');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  await tabTo(page, '.app-share__button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toBeVisible();
});

test('keyboard only on a phone: the language and menu buttons open with Enter and show focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ru/');
  await tabTo(page, '.app-header__languages summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '.app-language-switcher a[hreflang="en"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/$/);
  await tabTo(page, '.app-main-nav summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '.app-main-nav__link');
});

/** Elements whose box reaches past the viewport's right edge (cut off or scrolled sideways). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
      if (el.closest('.app-visually-hidden, [hidden], pre, table')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > width + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(rect.right)}`);
    }
    return found.slice(0, 5);
  });
}

/** Text cut short by a box too small for it (overflow hidden), as a larger spacing or zoom could cause. */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (!/hidden|clip/.test(style.overflowX + style.overflowY) || el.closest('.app-visually-hidden')) return false;
        return el.getClientRects().length > 0 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5),
  );
}

for (const [code, prefix] of Object.entries(prefixes)) {
  test(`${code}: reflows at 320 px and at 400% zoom with nothing cut off`, async ({ page }) => {
    // 400% zoom of a 1280 × 1024 window is a 320 × 256 CSS px viewport.
    for (const viewport of [{ width: 320, height: 640 }, { width: 320, height: 256 }]) {
      await page.setViewportSize(viewport);
      for (const slug of samplePages) {
        await page.goto(`${prefix}/${slug}`);
        expect(await overflowing(page), `${prefix}/${slug} at ${viewport.width}×${viewport.height}`).toEqual([]);
        expect(await clippedText(page), `${prefix}/${slug}`).toEqual([]);
      }
    }
  });

  test(`${code}: text-spacing overrides (WCAG 1.4.12) lose nothing`, async ({ browser }) => {
    // A reader's own style sheet (a bookmarklet or extension) is not bound by the site's CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const slug of samplePages) {
        await page.goto(`${prefix}/${slug}`);
        await page.addStyleTag({
          content:
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        expect(await overflowing(page), `${prefix}/${slug} at ${width} px`).toEqual([]);
        expect(await clippedText(page), `${prefix}/${slug} at ${width} px`).toEqual([]);
      }
    }
    await context.close();
  });

  test(`${code}: every control has an accessible name`, async ({ page }) => {
    const roles = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'combobox', 'DisclosureTriangle', 'radio', 'menuitem', 'tab']);
    for (const slug of samplePages) {
      await page.goto(`${prefix}/${slug}`);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const unnamed = nodes
        .filter((n) => !n.ignored && roles.has(String(n.role?.value)) && String(n.name?.value ?? '').trim() === '')
        .map((n) => `${String(n.role?.value)} (backend node ${n.backendDOMNodeId})`);
      expect(unnamed, `${prefix}/${slug}`).toEqual([]);
      await cdp.detach();
    }
  });
}

test.describe('forced colours on the fixture province, whose support line has opening hours', () => {
  useFixtureProvince();
  test('the open-now status stays visible and says in words whether the line is open', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const origin = await serveFixtureProvince(page);
    await page.goto(`${origin}/en/hotlines/`);
    const status = page.locator('.app-opening-hours__status').first();
    await expect(status).toBeVisible();
    // Not colour alone: the words say it.
    await expect(status).toHaveText(/^(Open now|Closed now)/);
    const colours = await status.evaluate((el) => ({
      text: getComputedStyle(el).color,
      marker: getComputedStyle(el, '::before').color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.text).not.toBe(colours.background);
    expect(colours.marker).not.toBe(colours.background);
  });
});

test.describe('forced colours (Windows high contrast)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test('focus stays visible as an outline', async ({ page }) => {
    await page.goto('/en/hotlines/');
    await tabTo(page, 'a[href="/en/"]');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, bg: getComputedStyle(document.body).backgroundColor };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(outline.color).not.toBe(outline.bg);
  });

  test('checkboxes keep their box and the language and menu buttons their border', async ({ page }) => {
    await page.goto('/en/handbook/temporary-residence-card/');
    const box = page.locator('.app-checklist__box').first();
    await expect(box).toBeVisible();
    expect(await box.evaluate((el) => getComputedStyle(el).appearance)).not.toBe('none');
    await page.setViewportSize({ width: 360, height: 740 });
    const border = await page.locator('.app-main-nav summary').evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('solid');
  });

  test('chart bars stay visible against the background', async ({ page }) => {
    await page.goto('/en/feedback-results/');
    const bars = page.locator('.app-indicator-chart__bar');
    await expect(bars.first()).toBeVisible();
    const colours = await bars.first().evaluate((el) => ({
      fill: getComputedStyle(el).fill,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.fill).not.toBe('none');
    expect(colours.fill).not.toBe(colours.bg);
  });

  test('the open-now status, where a page shows one, is words, not colour alone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-02T09:30:00+07:00'));
    await page.goto('/en/hotlines/');
    for (const status of await page.locator('.app-opening-hours__status:not([hidden])').all()) {
      await expect(status).toHaveText(/\w{3,}/);
      expect(await status.evaluate((el) => getComputedStyle(el).color)).not.toBe(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
      );
    }
  });
});

test('reduced motion: nothing animates or scrolls smoothly', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const url of ['/en/', '/en/handbook/temporary-residence-card/', '/en/search/']) {
    await page.goto(url);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const animated = s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.01;
          const transitioned = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01);
          return animated || transitioned || s.scrollBehavior === 'smooth';
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(moving, url).toEqual([]);
  }
});
