import { existsSync } from 'node:fs';
import { appendFile, cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport } from '../../src/check/report';
import { runCheck } from '../../src/check/runCheck';
import { buildSite, copyContent, projectRoot, runNodeScript } from '../support/buildSite';
import { fixtureSourceDir } from '../support/fixtureProvince';
import { reportLine } from '../support/checkReport';

/**
 * Each folder of tests/fixtures/bad-content is one mistake staff could make,
 * laid over a temporary copy of the fixture province (small, so the check is
 * quick; the mistakes are the engine's to catch, whatever the province).
 * Both `npm run check` and the build must fail and name the file and the field.
 */

const fixturesDir = path.join(projectRoot, 'tests/fixtures/bad-content');

const cases: { name: string; file: string; field: string; what: RegExp }[] = [
  { name: 'missing-title', file: 'pages/vi/missing-title.md', field: 'title', what: /missing/ },
  { name: 'malformed-frontmatter', file: 'pages/vi/malformed-frontmatter.md', field: 'frontmatter', what: /cannot be read/ },
  { name: 'invalid-phone', file: 'facts.yaml', field: 'fixture-bad-phone.value', what: /not a valid phone number/ },
  { name: 'unknown-fact', file: 'pages/vi/unknown-fact.md', field: '{{no-such-hotline}}', what: /^unknown fact id/ },
  { name: 'broken-link', file: 'pages/vi/broken-link.md', field: 'text', what: /"\/no-such-page\/" leads to no page/ },
  { name: 'script-tag', file: 'pages/vi/script-tag.md', field: 'text', what: /raw HTML "<script" is not allowed/ },
  { name: 'xss-payload', file: 'pages/vi/xss-payload.md', field: 'text', what: /raw HTML "<img" is not allowed/ },
  // HTML that a line scanner took for code, but the renderer does not (issue 17, item 2).
  { name: 'escaped-backticks-html', file: 'pages/vi/escaped-backticks-html.md', field: 'text', what: /raw HTML "<img" is not allowed/ },
  { name: 'fence-trick-html', file: 'pages/vi/fence-trick-html.md', field: 'text', what: /raw HTML "<meta" is not allowed/ },
  { name: 'javascript-link', file: 'pages/vi/javascript-link.md', field: 'text', what: /link to "javascript:alert\(1\)" is not allowed/ },
  // A fact token where it would be pasted into an attribute or shown as code (issue 17, item 4).
  { name: 'fact-in-link-title', file: 'pages/vi/fact-in-link-title.md', field: '{{national-portal}}', what: /a fact cannot go in a link title/ },
  { name: 'fact-in-code', file: 'pages/vi/fact-in-code.md', field: '{{national-portal-switchboard}}', what: /a fact cannot go in a code/ },
  { name: 'unknown-field', file: 'pages/vi/unknown-field.md', field: 'descripton', what: /^unknown field "descripton"/ },
  // Two files publishing one address: one used to vanish silently (issue 17, item 6).
  { name: 'route-language-slug', file: 'pages/vi/en.md', field: 'file name', what: /^publishes \/en\/, which .*pages\/en\/index\.md publishes too/ },
  { name: 'route-procedure-page', file: 'pages/vi/handbook/sample-permit.md', field: 'file name', what: /^publishes \/([a-z]{2}\/)?handbook\/sample-permit\/, which .*procedures\/[a-z]{2}\/sample-permit\.md publishes too/ },
  // Read by astro.config.mjs before the check runs: it used to crash the build with a stack trace (item 7).
  { name: 'malformed-site', file: 'site.yaml', field: 'YAML', what: /^cannot be read/ },
  { name: 'invalid-date', file: 'pages/vi/invalid-date.md', field: 'reviewed', what: /"2026-02-30" is not a real date/ },
  { name: 'future-date', file: 'pages/vi/future-date.md', field: 'reviewed', what: /is in the future/ },
  { name: 'slug-mismatch', file: 'pages/en/hotline-numbers.md', field: 'file name', what: /has no Vietnamese source/ },
  { name: 'non-ascii-slug', file: 'pages/vi/đường-dây-nóng.md', field: 'file name', what: /non-ASCII/ },
  { name: 'insecure-url', file: 'facts.yaml', field: 'fixture-lookalike-portal.value', what: /is not on a government domain/ },
  {
    name: 'unknown-journey-procedure',
    file: 'pages/vi/journeys/bad-journey.md',
    field: 'journey.steps[1].procedure',
    what: /^"no-such-procedure" is not a procedure of the handbook — .*sample-permit/,
  },
];

/** Lays a fixture over the copy: files replace or add, `.append` files are appended. */
async function applyFixture(name: string, contentDir: string): Promise<void> {
  const dir = path.join(fixturesDir, name);
  for (const file of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const from = path.join(file.parentPath, file.name);
    const relative = path.relative(dir, from);
    if (relative.endsWith('.append')) {
      await appendFile(path.join(contentDir, relative.slice(0, -'.append'.length)), await readFile(from, 'utf8'));
    } else {
      await cp(from, path.join(contentDir, relative));
    }
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('the real content', () => {
  // In-process, through the same runCheck the build and `npm run check` call
  // (the spawned command is tested below); `npm run build` checks it again.
  test('passes the check', () => {
    const result = runCheck({ contentDir: path.join(projectRoot, 'content') });
    expect(result.errors, formatReport(result)).toEqual([]);
  });
});

// Each fixture alone, through the check library that `npm run check` and the
// build both call (in-process: spawning Node a dozen times is slow on 2 cores).
describe.each(cases)('bad content: $name', ({ name, file, field, what }) => {
  test('is an error naming the file, the field and what is wrong', async () => {
    const copy = await copyContent(fixtureSourceDir);
    cleanups.push(copy.cleanup);
    await applyFixture(name, copy.contentDir);
    const result = runCheck({ contentDir: copy.contentDir });
    const report = formatReport(result);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(report).toMatch(reportLine(file, field));
    expect(report.match(reportLine(file, field))?.[1]).toMatch(what);
  });
});

// Then every fixture at once through the real commands: `npm run check` and
// the build must both fail, and their reports list every problem, not only the first.
describe('with every fixture at once', () => {
  let contentDir = '';
  let workDir = '';
  beforeAll(async () => {
    const copy = await copyContent(fixtureSourceDir);
    cleanups.push(copy.cleanup);
    for (const { name } of cases) await applyFixture(name, copy.contentDir);
    contentDir = copy.contentDir;
    workDir = copy.dir;
  });

  test('`npm run check` fails and names each file and field', async () => {
    const result = await runNodeScript('scripts/check.ts', [], { CONTENT_DIR: contentDir });
    expect(result.exitCode).not.toBe(0);
    for (const { file, field } of cases) expect(result.output).toMatch(reportLine(file, field));
  });

  test('the build fails before building anything, with the same report', async () => {
    const result = await buildSite(contentDir, workDir);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('nothing was built');
    for (const { file, field } of cases) expect(result.output).toMatch(reportLine(file, field));
    expect(existsSync(result.outDir)).toBe(false);
  });
});
