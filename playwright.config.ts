import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { freeLoopbackPort } from './tests/support/freeLoopbackPort';

/**
 * The port of the preview server: PREVIEW_PORT when given, otherwise a free
 * loopback port picked when the config is first loaded. The runner loads this
 * file again in every worker, with its environment: the port is written back
 * into it, so the workers use the runner's port, not one of their own.
 * The server is always started for this run, never reused: a server already
 * on the port (another checkout's, an old build's) makes the run fail instead
 * of being tested.
 */
process.env['PREVIEW_PORT'] ??= String(await freeLoopbackPort());
const port = Number(process.env['PREVIEW_PORT']);

/**
 * Browser tests run against the production build (`dist/`), served locally
 * by `astro preview`. `npm test` builds first; run `npm run build` before
 * `npx playwright test` on its own. Tests of what the real content lacks use
 * the fixture province's one build (tests/support/fixtureProvince.ts).
 */
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace of every test made the run a quarter slower (213 s
    // against 165 s here) for traces CI never keeps. With no retries, none is
    // recorded; to get one of a failing test, run it again with --retries=1.
    trace: 'on-first-retry',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    // --ignore-lock: several previews (one per port) may run side by side.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
