import { ensureFixtureProvince } from './fixtureProvince';

/**
 * Global setup for vitest and Playwright alike: builds the fixture province
 * once, before any test file runs, unless an up-to-date build is there.
 */
export default async function setup(): Promise<void> {
  await ensureFixtureProvince((line) => console.log(line));
}
