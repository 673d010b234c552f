import { describe, expect, test } from 'vitest';
import { brokenCopies } from '../support/brokenCopies';
import { buildSite } from '../support/buildSite';

const brokenCopy = brokenCopies();

describe('a mistake in a procedure stops the build', () => {
  test('a procedure without its official Vietnamese name names the file and the field', async () => {
    const copy = await brokenCopy('procedures/en/work-permit.md', (text) => text.replace(/^officialName:.*\n/m, ''));
    const result = await buildSite(copy.contentDir, copy.dir);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('procedures/en/work-permit.md');
    expect(result.output).toMatch(/officialName/);
  }, 120_000);

  test('a related procedure that does not exist names the file, the field and the slug', async () => {
    const copy = await brokenCopy('procedures/vi/visa-extension.md', (text) =>
      text.replace(/^related:\n/m, 'related:\n  - "no-such-procedure"\n'),
    );
    const result = await buildSite(copy.contentDir, copy.dir);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('procedures/vi/visa-extension.md');
    expect(result.output).toMatch(/related\b.*"no-such-procedure"/);
  }, 120_000);
});
