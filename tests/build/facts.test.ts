import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuildResult, buildSite, copyContent } from '../support/buildSite';

/**
 * A phone number is written once, in content/facts.yaml. Changing it there
 * must change it on every page in every language, and leave the old one
 * nowhere.
 */

const factId = 'national-portal-switchboard';
// A toll-free line, written as dialled in Vietnam (src/check/rules/phoneRule.ts).
const newNumber = '1800 0000';
const telOf = (international: string) => `tel:${international.replace(/[^\d+]/g, '')}`;

let oldNumber = '';
let build: BuildResult;
let cleanup: (() => Promise<void>) | undefined;

/** A built page with non-breaking spaces read as spaces, as a reader reads a number. */
async function readPage(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).replaceAll('\u00a0', ' ');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.html')).map((name) => path.join(dir, name));
}

beforeAll(async () => {
  const copy = await copyContent();
  cleanup = copy.cleanup;
  const factsFile = path.join(copy.contentDir, 'facts.yaml');
  const text = await readFile(factsFile, 'utf8');
  const entry = new RegExp(`^${factId}:\\n(?:[ \\t].*\\n|\\n)*?  value: "([^"]+)"`, 'm').exec(text);
  if (!entry) throw new Error(`content/facts.yaml: no quoted value for ${factId}`);
  oldNumber = entry[1]!;
  await writeFile(factsFile, text.replace(entry[0], entry[0].replace(oldNumber, newNumber)));
  build = await buildSite(copy.contentDir, copy.dir);
}, 300_000);

afterAll(async () => {
  await cleanup?.();
});

describe('changing a phone number in facts.yaml', () => {
  test('the site still builds', () => {
    expect(build.exitCode, build.output).toBe(0);
    expect(oldNumber).not.toBe(newNumber);
  });

  for (const page of ['hotlines/index.html', 'en/hotlines/index.html']) {
    test(`shows the new number as a tel: link in the text of ${page}`, async () => {
      const html = await readPage(path.join(build.outDir, page));
      const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
      expect(main).toContain(`href="${telOf(newNumber)}"`);
      expect(main).toContain(newNumber);
    });
  }

  for (const page of ['index.html', 'en/index.html', 'about/index.html', 'en/about/index.html']) {
    test(`shows the new number in the contact block of ${page}`, async () => {
      const html = await readPage(path.join(build.outDir, page));
      const help = /<section class="app-contact-block[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(help).toContain(`href="${telOf(newNumber)}"`);
    });
  }

  test('leaves the old number on no built page', async () => {
    const stale: string[] = [];
    for (const file of await htmlFiles(build.outDir)) {
      const html = await readPage(file);
      if (html.includes(oldNumber) || html.includes(telOf(oldNumber))) stale.push(path.relative(build.outDir, file));
    }
    expect(stale).toEqual([]);
  });
});
