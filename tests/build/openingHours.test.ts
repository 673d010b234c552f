import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/buildSite';
import { chromiumLaunchOptions } from '../support/chromium';
import { ensureFixtureProvince, fixtureContentDir } from '../support/fixtureProvince';
import { freeLoopbackPort } from '../support/freeLoopbackPort';
import { attr, builtPage, one, text } from '../support/html';

/**
 * No line or office in the real facts has sourced hours yet; the fixture
 * province's support line has hours (Monday to Friday, 07:30–11:30 and
 * 13:30–17:00) and the 2026 national holidays. These tests check what its
 * hotlines page shows, with and without JavaScript.
 */

let outDir = '';
let server: ChildProcess | undefined;

beforeAll(async () => {
  outDir = await ensureFixtureProvince((line) => console.log(line));
}, 900_000);

afterAll(() => {
  server?.kill();
});

describe('opening hours on the hotlines page', () => {
  test('are written as text in the reader\'s language, in Vietnam time', () => {
    const en = one(builtPage(outDir, 'en/hotlines'), 'section.app-fact-hours');
    expect(text(one(en, 'h2'))).toBe('Opening hours');
    expect(text(one(en, 'ul.app-opening-hours__list'))).toBe('Monday – Friday: 07:30–11:30, 13:30–17:00');
    expect(text(en)).toContain('Times are Vietnam time (UTC+7)');
    const vi = one(builtPage(outDir, 'hotlines'), 'section.app-fact-hours');
    expect(text(one(vi, 'ul.app-opening-hours__list'))).toBe('Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00');
  });

  test('carry the public holidays for the status script', () => {
    const hours = one(builtPage(outDir, 'en/hotlines'), 'div.app-opening-hours');
    const closed = JSON.parse(attr(hours, 'data-closed-days')!) as string[];
    expect(closed).toContain('2026-02-17'); // Tết
    expect(closed).toContain('2026-09-02'); // National Day
    expect(closed).not.toContain('2026-03-02');
  });

  test('show "open now" or the next opening with JavaScript, and only the text without it', async () => {
    const port = await freeLoopbackPort();
    server = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: fixtureContentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    let up = false;
    for (let i = 0; i < 120 && !up; i++) {
      up = await fetch(`${base}/`).then((r) => r.ok, () => false);
      if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(up, `astro preview of the fixture did not answer on ${base} within 60 s`).toBe(true);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      // A reader in Berlin at 03:00 on Monday 2 March 2026: 09:00 in Vietnam.
      const context = await browser.newContext({ timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+07:00'));
      await page.goto(`${base}/en/hotlines/`);
      const status = page.locator('.app-opening-hours__status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Open now – closes at 11:30');

      // Thursday 30 April 2026 is a public holiday: closed until Monday 4 May.
      await page.clock.setFixedTime(new Date('2026-04-30T10:00:00+07:00'));
      await page.reload();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Closed now – opens on Monday at 07:30');

      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(`${base}/en/hotlines/`);
      expect(await plain.locator('.app-opening-hours__status').isHidden()).toBe(true);
      expect(await plain.locator('.app-opening-hours__list').textContent()).toContain('Monday – Friday');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
