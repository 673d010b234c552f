import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBudgets } from '../gates/lib/budgets.ts';
import { problemLines } from '../gates/lib/builtPages.ts';
import { checkCsp } from '../gates/lib/csp.ts';
import { checkHtmlValidity } from '../gates/lib/htmlValidity.ts';
import { checkLinks } from '../gates/lib/links.ts';
import { compareFolders } from '../gates/lib/reproducibility.ts';
import { ensureFixtureProvince, fixtureContentDir, npmBuild } from '../support/fixtureProvince';
import { distDir, siteUrl } from '../support/builtSite';

/**
 * Gates over the files of the built site (OUT_DIR, default dist/): they read
 * the folder with Node and need no browser. They run in the browser phase of
 * `npm test` because that is the phase that comes after the build.
 */

test('every built page is valid HTML (html-validate, recommended preset)', async () => {
  test.setTimeout(180_000);
  const problems = await checkHtmlValidity(distDir);
  expect(problemLines(problems)).toEqual([]);
});

test('every internal link, #anchor, hreflang alternate and asset reference resolves', async () => {
  test.setTimeout(180_000);
  const problems = await checkLinks(distDir, siteUrl);
  expect(problemLines(problems)).toEqual([]);
});

test('every page has a strict Content-Security-Policy that allows all of its own code', async () => {
  const problems = await checkCsp(distDir);
  expect(problemLines(problems)).toEqual([]);
});

test('every page fits 14 KB gzip of HTML + CSS and 2 KB gzip of start-up JavaScript, none render-blocking', async () => {
  const problems = await checkBudgets(distDir);
  expect(problemLines(problems)).toEqual([]);
});

// Compared against a build the run makes anyway: the fixture province, built
// once per run (by the vitest phase of `npm test`, or here when run alone), is
// built a second time with a fresh cache. The small tree keeps this to one
// short build instead of a second build of the whole real content.
test('a second build of the same tree is byte-identical', async () => {
  test.setTimeout(900_000);
  const first = await ensureFixtureProvince();
  const work = await mkdtemp(path.join(tmpdir(), 'portal-rebuild-'));
  try {
    const outDir = path.join(work, 'dist');
    const build = await npmBuild(fixtureContentDir, outDir, path.join(work, 'cache'));
    expect(build.exitCode, build.output).toBe(0);
    const differences = await compareFolders(first, outDir);
    expect(differences, differences.join('\n')).toEqual([]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
