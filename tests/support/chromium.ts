import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the browser tests use, first found: CHROMIUM_PATH; Debian's
 * headless shell (`apt-get install chromium-headless-shell`), the same
 * Blink without the desktop browser around it, which is what Playwright
 * itself runs headless and takes the browser suite about 10 % less time;
 * Debian's full Chromium; otherwise Playwright's own, if
 * `npx playwright install` could fetch it.
 */
const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => typeof p === 'string' && p !== '',
);

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = candidates.find((p) => existsSync(p));
  if (!executablePath) return {};
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
