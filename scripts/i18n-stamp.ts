/**
 * Records in each translation which revision of the Vietnamese source it
 * translates (`sourceRevision` in its frontmatter).
 *
 *   npm run i18n:stamp
 *       stamps every translation that has no stamp yet.
 *   npm run i18n:stamp -- pages/en/hotlines
 *       re-stamps one translation you have just brought up to date.
 *   npm run i18n:stamp -- --typo pages/hotlines
 *       the latest change to the Vietnamese was only a typo: re-stamps the
 *       translations of that source that followed the version before it
 *       (per git), so they do not count as outdated. Translations that were
 *       already behind stay outdated.
 *
 * Existing stamps are never changed unless named, so a real change to the
 * Vietnamese leaves its translations outdated until a translator updates them.
 * CONTENT_DIR chooses another content folder (default ./content).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLocale } from '../src/i18n/locales.ts';
import { readTranslationReport, translatedCollections } from '../src/translations/translationStatus.ts';
import { withRecordedRevision } from '../src/translations/sourceRevision.ts';
import { recentRevisions } from '../src/translations/sourceHistory.ts';
import { sharedFieldNames as sharedFields } from '../src/schemas/sharedFieldNames.ts';

const contentRoot = process.env['CONTENT_DIR'] ?? './content';
const args = process.argv.slice(2);
const typoTargets = new Set<string>();
const translationTargets = new Set<string>();
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--typo') {
    const next = args[++i];
    if (!next) fail('--typo needs a source, for example --typo pages/hotlines');
    typoTargets.add(next.replace(/\.(md|yaml)$/, ''));
  } else if (arg.startsWith('--')) {
    fail(`unknown option ${arg}`);
  } else {
    translationTargets.add(arg.replace(/^content\//, '').replace(/\.(md|yaml)$/, ''));
  }
}

function fail(message: string): never {
  console.error(`i18n:stamp — ${message}`);
  process.exit(1);
}

const report = readTranslationReport(contentRoot);
const known = new Set(report.entries.map((e) => `${e.collection}/${e.slug}`));
for (const target of typoTargets) {
  if (!known.has(target)) fail(`--typo ${target} — no such Vietnamese source — expected <collection>/<slug>, for example pages/hotlines`);
}
const matchedTranslations = new Set<string>();

let stamped = 0;
for (const entry of report.entries) {
  const kind = translatedCollections.find((c) => c.collection === entry.collection)!.kind;
  for (const t of entry.translations) {
    if (t.file === undefined) continue;
    const name = `${entry.collection}/${t.locale}/${entry.slug}`;
    const named = translationTargets.has(name);
    if (named) matchedTranslations.add(name);
    const typo = typoTargets.has(`${entry.collection}/${entry.slug}`);
    if (typo && t.state === 'outdated' && !named) {
      // A typo fix must not hide an earlier real change: re-stamp only
      // translations that followed the version just before the fix.
      const before = recentRevisions(path.join(contentRoot, entry.file), kind, sharedFields[entry.collection]);
      if (before !== undefined && (t.recorded === undefined || !before.has(t.recorded))) {
        console.log(`kept ${t.file} outdated: it was already behind ${entry.file} before this change`);
        continue;
      }
    }
    const wanted = t.state === 'unstamped' || named || typo;
    if (!wanted || t.recorded === entry.revision) continue;
    const full = path.join(contentRoot, t.file);
    writeFileSync(full, withRecordedRevision(readFileSync(full, 'utf8'), kind, entry.revision));
    console.log(`stamped ${t.file} (${entry.file} revision ${entry.revision})`);
    stamped += 1;
  }
}
for (const target of translationTargets) {
  const [, locale] = target.split('/');
  if (!matchedTranslations.has(target)) {
    fail(`${target} — no such translation — expected <collection>/<locale>/<slug>${isLocale(locale) ? '' : ' with a translation locale'}`);
  }
}
console.log(stamped === 0 ? 'Nothing to stamp.' : `Stamped ${stamped} translation${stamped === 1 ? '' : 's'}.`);
