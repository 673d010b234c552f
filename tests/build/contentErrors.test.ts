import { describe, expect, test } from 'vitest';
import { brokenCopies } from '../support/brokenCopies';
import { buildSite } from '../support/buildSite';

const brokenCopy = brokenCopies();

describe('a content mistake stops the build', () => {
  test('a page without its required title names the file and the field', async () => {
    const copy = await brokenCopy('pages/en/hotlines.md', (text) => text.replace(/^title:.*\n/m, ''));
    const result = await buildSite(copy.contentDir, copy.dir);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('pages/en/hotlines.md');
    expect(result.output).toMatch(/title/);
  });

  test('an unknown fact id names the file and the id', async () => {
    const copy = await brokenCopy('pages/en/about.md', (text) => `${text}\nCall {{no-such-line}}.\n`);
    const result = await buildSite(copy.contentDir, copy.dir);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('pages/en/about.md');
    expect(result.output).toContain('{{no-such-line}} — unknown fact id');
  });
});
