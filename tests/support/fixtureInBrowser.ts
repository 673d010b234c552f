import { type Page, test } from '@playwright/test';
import { serveFolder } from '../gates/lib/servedFolder.ts';
import { ensureFixtureProvince } from './fixtureProvince';

/**
 * The fixture province in a browser tab: every request to this origin is
 * answered from its one build on disk, so no second server or port is
 * needed. `.localhost` never leaves the machine.
 */
export const fixtureOrigin = 'http://fixture-province.localhost';

/**
 * For a spec file: makes sure the fixture province is built before its tests
 * (a build when the run has not made one yet, so the hook may take minutes).
 */
export function useFixtureProvince(): void {
  test.beforeAll(async () => {
    test.setTimeout(900_000);
    await ensureFixtureProvince();
  });
}

/** Serves the built fixture province to `page` at fixtureOrigin; returns the origin. */
export async function serveFixtureProvince(page: Page): Promise<string> {
  await serveFolder(page, await ensureFixtureProvince(), fixtureOrigin);
  return fixtureOrigin;
}
