import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the browser tests use: Debian's (`/usr/bin/chromium`) when
 * it is installed, otherwise Playwright's own if `npx playwright install`
 * could fetch it. Set CHROMIUM_PATH to use another.
 */
const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
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
