import { resolveSiteAddress } from '../../src/site/siteAddress';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot, runCollecting, withOwnAstroRoot } from './buildSite';

/**
 * The fixture province (tests/fixtures/province/content): an invented
 * province with an untranslated page and procedure, a stale translation and
 * a missing optional fact. It is built once per test run with `npm run build`
 * (Astro and every post-build step) into .test-builds/province/, and every
 * test that reads its pages or serves it uses that one build.
 *
 * "Once": the build is kept with a fingerprint of everything it was made
 * from (the engine's code, the fixture, the lock file). The first test that
 * needs it calls ensureFixtureProvince(), which builds it; every later call,
 * in vitest or in Playwright's workers, finds it up to date. A lock makes
 * concurrent callers (two Playwright workers) wait for one build. Tests that
 * do not need it never pay for it; any change to the engine or the fixture
 * makes the next run build it again.
 */

/** The fixture's content folder, as committed. */
export const fixtureSourceDir = path.join(projectRoot, 'tests/fixtures/province/content');

/** Where the build and its copy of the content live (ignored by git). */
export const fixtureWorkDir = path.join(projectRoot, '.test-builds/province');

/**
 * The copy of the content the fixture is built from. A copy in a folder git
 * ignores, so the build takes every date from the `reviewed` fields, never
 * from commits: the same pages whatever the history of the checkout.
 */
export const fixtureContentDir = path.join(fixtureWorkDir, 'content');

/** The built fixture site. */
export const fixtureDistDir = path.join(fixtureWorkDir, 'dist');

const fingerprintFile = path.join(fixtureWorkDir, 'fingerprint');
const lockDir = `${fixtureWorkDir}.lock`;
/** A lock older than this is left over from a killed run. */
const staleLockMs = 20 * 60_000;

/** The fixture's public address, from its site.yaml. */
/**
 * The address the fixture is built for: its site.yaml names a .example address,
 * a placeholder, so a build that does not publish uses the local preview address
 * (src/site/siteAddress.ts), as a province's first builds do.
 */
export const fixtureSiteUrl: string = (() => {
  const configured = (parse(readFileSync(path.join(fixtureSourceDir, 'site.yaml'), 'utf8')) as { url?: string }).url;
  const resolved = resolveSiteAddress(configured, { publish: false });
  return resolved.ok ? resolved.url : '';
})();

/** What the build reads: the engine, its settings, the fixture and how it is built (this file). */
const inputs = ['src', 'scripts', 'public', 'deploy', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'tests/fixtures/province/content', 'tests/support/fixtureProvince.ts'];

function filesOf(entry: string): string[] {
  const absolute = path.join(projectRoot, entry);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [entry];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((name) => statSync(path.join(projectRoot, name)).isFile())
    .sort();
}

/** A hash of the path and bytes of every input file, plus the environment that changes the output. */
export function fixtureFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesOf)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(projectRoot, file)));
    hash.update('\0');
  }
  hash.update(`node ${process.version}`);
  return hash.digest('hex');
}

export interface FixtureBuild {
  exitCode: number;
  output: string;
}

/**
 * The environment a staff member's `npm run build` has: the test runner's own
 * variables left out. Vitest sets NODE_ENV=test, which would build React's
 * development code into the fixture, so a build started from vitest and one
 * started from Playwright differed in their scripts.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !/^(VITEST|TEST_|PW_|PLAYWRIGHT_)/.test(name)),
  );
}

/**
 * Runs `npm run build` over a content folder into `outDir`, with its own
 * Astro cache and root, the way staff build the site.
 */
export function npmBuild(contentDir: string, outDir: string, cacheDir: string): Promise<FixtureBuild> {
  return withOwnAstroRoot((root) =>
    runCollecting('npm', ['run', '--silent', 'build'], {
      ...buildEnvironment(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_ROOT: root,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    }),
  );
}

function isUpToDate(fingerprint: string): boolean {
  return existsSync(fingerprintFile) && existsSync(fixtureDistDir) && readFileSync(fingerprintFile, 'utf8') === fingerprint;
}

/** Holds the build lock while `work` runs; waits while another process holds it. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lockDir).then((s) => s.mtimeMs, () => Date.now()));
      if (age > staleLockMs) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds the fixture province unless an up-to-date build is already there;
 * returns the built folder. Throws with the build's output when it fails.
 * The site is built beside the old one and moved in place at the end, so a
 * reader never sees half a site.
 */
export async function ensureFixtureProvince(log: (line: string) => void = () => {}): Promise<string> {
  const fingerprint = fixtureFingerprint();
  if (isUpToDate(fingerprint)) return fixtureDistDir;
  return withLock(async () => {
    // Another process may have built it while this one waited.
    if (isUpToDate(fingerprint)) return fixtureDistDir;
    const started = Date.now();
    const staging = `${fixtureWorkDir}.building`;
    await rm(staging, { recursive: true, force: true });
    try {
      // Built from a copy at its final path, so messages and any path the build records stay the same.
      await rm(fixtureWorkDir, { recursive: true, force: true });
      await mkdir(fixtureWorkDir, { recursive: true });
      await cp(fixtureSourceDir, fixtureContentDir, { recursive: true });
      const build = await npmBuild(fixtureContentDir, path.join(staging, 'dist'), path.join(staging, 'cache'));
      if (build.exitCode !== 0) throw new Error(`the fixture province did not build (exit ${build.exitCode}):\n${build.output}`);
      await rename(path.join(staging, 'dist'), fixtureDistDir);
      await writeFile(fingerprintFile, fingerprint);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    log(`fixture province: built in ${((Date.now() - started) / 1000).toFixed(0)} s into ${path.relative(projectRoot, fixtureDistDir)}`);
    return fixtureDistDir;
  });
}
