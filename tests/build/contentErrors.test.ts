import { describe, expect, test } from 'vitest';
import { todayInProvince } from '../../src/check/rules/dateRule';
import { brokenCopies } from '../support/brokenCopies';
import { checkReport } from '../support/checkReport';
import { fixtureSourceDir } from '../support/fixtureProvince';

/**
 * A content mistake stops the build with one line naming the file, the line,
 * the field and what is wrong. The check the build runs first is run here
 * in-process over an edited copy of the fixture province; that the build
 * really runs it and stops is proved once, in checkFixtures.test.ts.
 */
const brokenCopy = brokenCopies(fixtureSourceDir);
const brokenRealCopy = brokenCopies();

describe('a content mistake stops the build', () => {
  test('a page without its required title names the file, the line and the field', async () => {
    const copy = await brokenCopy('pages/en/hotlines.md', (text) => text.replace(/^title:.*\n/m, ''));
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain('pages/en/hotlines.md:2 — title — missing — expected text (this field is required)');
  });

  test('an unknown fact id names the file, the line and the id', async () => {
    const copy = await brokenCopy('pages/en/about.md', (text) => `${text}\nCall {{no-such-line}}.\n`);
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain(
      'pages/en/about.md:14 — {{no-such-line}} — unknown fact id — expected an id defined in content/facts.yaml (check the spelling), or add the fact there with its source',
    );
  });

  test('a translation that writes where its page sits names the Vietnamese file to edit instead', async () => {
    const copy = await brokenCopy('pages/en/about.md', (text) => text.replace(/^title:(.*)\n/m, 'title:$1\nsection: help\n'));
    const report = checkReport(copy.contentDir);
    expect(report.errors).toBe(1);
    expect(report.lines).toContain(
      'pages/en/about.md:3 — section — is the same in every language, so it is written only in the Vietnamese file — expected no section here: edit it in pages/vi/about.md, and every language shows the change',
    );
  });

  // The translation has no `view`: the rule "a journey page has its steps" is
  // checked with the Vietnamese file's view, as the site reads it.
  test('a translated journey page without its steps names the translation and the field', async () => {
    const copy = await brokenRealCopy('pages/en/journeys/baby.md', (text) => text.replace(/^journey:\n(?:[ -].*\n)+/m, ''));
    // The real content is checked against today's date, as `npm run check` does.
    const report = checkReport(copy.contentDir, todayInProvince());
    expect(report.errors).toBe(1);
    expect(report.lines.filter((line) => line.startsWith('pages/en/journeys/baby.md:'))).toEqual([
      "pages/en/journeys/baby.md:2 — journey — missing — expected the journey's steps (a page whose view is journey needs them)",
    ]);
  });
});
