import type { Page } from '@playwright/test';
import { serveFolder } from '../gates/lib/servedFolder.ts';
import { builtFixtureProvince } from './fixtureProvince';

/**
 * The fixture province in a browser tab: every request to this origin is
 * answered from its one build on disk (Playwright's global setup builds it),
 * so no second server or port is needed. `.localhost` never leaves the machine.
 */
export const fixtureOrigin = 'http://fixture-province.localhost';

/** Serves the built fixture province to `page` at fixtureOrigin; returns the origin. */
export async function serveFixtureProvince(page: Page): Promise<string> {
  await serveFolder(page, builtFixtureProvince(), fixtureOrigin);
  return fixtureOrigin;
}
