import { describe, expect, test } from 'vitest';
import { brokenCopies } from '../support/brokenCopies';
import { checkReport } from '../support/checkReport';
import { fixtureSourceDir } from '../support/fixtureProvince';

/** A mistake in a procedure stops the build (see contentErrors.test.ts for how). */
const brokenCopy = brokenCopies(fixtureSourceDir);

describe('a mistake in a procedure stops the build', () => {
  test('a procedure without its official Vietnamese name names the file and the field', async () => {
    const copy = await brokenCopy('procedures/vi/sample-permit.md', (text) => text.replace(/^officialName:.*\n/m, ''));
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain('procedures/vi/sample-permit.md:2 — officialName — missing — expected text (this field is required)');
  });

  // One edit changes every language: a translation that writes a shared field
  // again (here a different online address) would silently disagree.
  test('a translation that writes a field every language shares names the Vietnamese file to edit instead', async () => {
    const copy = await brokenCopy('procedures/en/sample-permit.md', (text) => text.replace(/^title:(.*)\n/m, 'title:$1\nonline:\n  level: full\n  url: https://dichvucong.vidu.example/\n'));
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain(
      'procedures/en/sample-permit.md:3 — online — is the same in every language, so it is written only in the Vietnamese file — expected no online here: edit it in procedures/vi/sample-permit.md, and every language shows the change',
    );
  });

  test('a related procedure that does not exist names the file, the field and the slug', async () => {
    const copy = await brokenCopy('procedures/vi/sample-registration.md', (text) => text.replace(/^related:\n/m, 'related:\n  - "no-such-procedure"\n'));
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain(
      'procedures/vi/sample-registration.md:18 — related[0] — "no-such-procedure" does not exist — expected the id of a procedure (a file in content/procedures/vi/): sample-certificate, sample-permit, sample-registration',
    );
  });
});
