import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyContent, projectRoot } from '../support/buildSite';
import { chromiumLaunchOptions } from '../support/chromium';

/**
 * No line or office in the real facts has sourced hours yet, so these tests
 * give the support line hours in a temporary copy of the content and check
 * what the hotlines page then shows, with and without JavaScript.
 */

const fixtureHours = `
  hours:
    - days: [mon, tue, wed, thu, fri]
      opens: "07:30"
      closes: "11:30"
    - days: [mon, tue, wed, thu, fri]
      opens: "13:30"
      closes: "17:00"
`;
const port = 4417;
let copy: Awaited<ReturnType<typeof copyContent>>;
let outDir = '';
let server: ChildProcess | undefined;

beforeAll(async () => {
  copy = await copyContent();
  const facts = path.join(copy.contentDir, 'facts.yaml');
  const text = await readFile(facts, 'utf8');
  const withHours = text.replace(/(national-portal-switchboard:\n(?:  .*\n)*?  value: "1800 1096"\n)/, `$1${fixtureHours.slice(1)}`);
  expect(withHours).not.toBe(text);
  await writeFile(facts, withHours);
  const result = await buildSite(copy.contentDir, copy.dir);
  expect(result.exitCode, result.output).toBe(0);
  outDir = result.outDir;
}, 600_000);

afterAll(async () => {
  server?.kill();
  await copy?.cleanup();
});

describe('opening hours on the hotlines page', () => {
  test('are written as text in the reader\'s language, in Vietnam time', async () => {
    const en = await readFile(path.join(outDir, 'en/hotlines/index.html'), 'utf8');
    expect(en).toContain('Opening hours');
    expect(en).toContain('Monday – Friday: 07:30–11:30, 13:30–17:00');
    expect(en).toContain('Times are Vietnam time (UTC+7)');
    const vi = await readFile(path.join(outDir, 'hotlines/index.html'), 'utf8');
    expect(vi).toContain('Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00');
  });

  test('carry the public holidays for the status script', async () => {
    const en = await readFile(path.join(outDir, 'en/hotlines/index.html'), 'utf8');
    const closed = JSON.parse(/data-closed-days="([^"]*)"/.exec(en)![1]!.replaceAll('&quot;', '"')) as string[];
    expect(closed).toContain('2026-02-17'); // Tết
    expect(closed).toContain('2026-09-02'); // National Day
    expect(closed).not.toContain('2026-03-02');
  });

  test('show "open now" or the next opening with JavaScript, and only the text without it', async () => {
    server = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: copy.contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 60; i++) {
      if (await fetch(`${base}/`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      // A reader in Berlin at 03:00 on Monday 2 March 2026: 09:00 in Nha Trang.
      const context = await browser.newContext({ timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+07:00'));
      await page.goto(`${base}/en/hotlines/`);
      const status = page.locator('.app-opening-hours__status');
      await expect.poll(() => status.textContent()).toBe('Open now – closes at 11:30');

      // Thursday 30 April 2026 is a public holiday: closed until Monday 4 May.
      await page.clock.setFixedTime(new Date('2026-04-30T10:00:00+07:00'));
      await page.reload();
      await expect.poll(() => status.textContent()).toBe('Closed now – opens on Monday at 07:30');

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
