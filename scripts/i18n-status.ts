/**
 * Prints, for each language, the translations that are missing, outdated
 * (the Vietnamese changed after they were stamped) or never stamped.
 * Always exits 0: it informs, it does not block.
 *
 *   npm run i18n:status
 *   npm run i18n:status -- --json      the same, as JSON
 *
 * CONTENT_DIR chooses another content folder (default ./content).
 */
import { localeConfig } from '../src/i18n/locales.ts';
import { countStates, needingWork, readTranslationReport, targetLocales } from '../src/translations/translationStatus.ts';

const contentRoot = process.env['CONTENT_DIR'] ?? './content';
const report = readTranslationReport(contentRoot);

if (process.argv.includes('--json')) {
  const byLocale = Object.fromEntries(
    targetLocales.map((locale) => [
      locale,
      {
        counts: countStates(report, locale),
        needingWork: needingWork(report, locale).map(({ entry, translation }) => ({
          collection: entry.collection,
          slug: entry.slug,
          state: translation.state,
          source: entry.file,
          file: translation.file ?? null,
        })),
      },
    ]),
  );
  console.log(JSON.stringify(byLocale, null, 2));
} else {
  console.log(`Translations of ${report.entries.length} Vietnamese sources (pages, procedures, glossary)\n`);
  for (const locale of targetLocales) {
    const counts = countStates(report, locale);
    console.log(
      `${locale} (${localeConfig(locale).label}): ${counts.missing} missing, ${counts.outdated} outdated, ${counts.unstamped} unstamped, ${counts.current} up to date`,
    );
    for (const { entry, translation } of needingWork(report, locale)) {
      const where = translation.file ?? `(create content/${entry.file.replace(/^([^/]+)\/vi\//, `$1/${locale}/`)})`;
      console.log(`  ${translation.state.padEnd(9)} ${entry.collection}/${entry.slug}  ${where}`);
    }
  }
  console.log('\nOutdated: update the translation, then `npm run i18n:stamp -- <collection>/<locale>/<slug>`.');
  console.log('Unstamped: `npm run i18n:stamp`.');
}
