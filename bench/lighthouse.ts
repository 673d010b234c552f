/**
 * Lighthouse mobile scores for a few pages of a locally served site, using
 * the `lighthouse` npm package and Debian's Chromium, launched here with
 * remote debugging (no network: background services are switched off).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];
/** Scores 0–100 by category (null when Lighthouse could not score it), and why a page could not be tested. */
export type LighthouseScores = Record<LighthouseCategory, number | null> & { error?: string };

async function waitForDebugger(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Chromium did not open its debugging port ${port} within ${timeoutMs} ms`);
}

/** Runs Lighthouse's default (mobile) configuration on each URL, one after another. */
export async function lighthouseScores(
  urls: readonly string[],
  options: { chromiumPath?: string; debuggingPort: number },
): Promise<Map<string, LighthouseScores>> {
  const profile = await mkdtemp(path.join(tmpdir(), 'bench-chromium-'));
  const chromium = spawn(
    options.chromiumPath ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${options.debuggingPort}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const results = new Map<string, LighthouseScores>();
  try {
    await waitForDebugger(options.debuggingPort, 30_000);
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: options.debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...lighthouseCategories],
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: LighthouseCategory): number | null => {
        const value = categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const error = result?.lhr.runtimeError?.message;
      results.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        ...(error ? { error } : {}),
      });
    }
  } finally {
    if (chromium.exitCode === null) {
      const exited = new Promise((r) => chromium.once('exit', r));
      chromium.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  }
  return results;
}
