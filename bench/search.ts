/**
 * `npm run bench:search`: for each locale, the search index's size (raw and
 * gzip) and the time to answer each query of the query sets (median and
 * p95), on the bundled content and on a generated corpus of 2,000 extra
 * procedures per locale (bench/generateCorpus.ts).
 *
 * What is measured is described in bench/searchLatency.ts. Targets (issue 7):
 * under 16 ms p95 per query, and under 60 KB gzip of index for a locale on
 * the large corpus. Then the worst case (bench/searchLongQueries.ts): the
 * slowest of a set of huge queries, target under 50 ms (issue 17 item 5).
 *
 * Options: --procedures N (default 2000), --rounds N (default 5), --long-rounds N
 * (default 3), --keep (keep the corpus).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';
import { generateCorpus } from './generateCorpus.ts';
import { type SearchLatencyRow, measureSearchLatency } from './searchLatency.ts';
import { type LongQueryRow, longQueries, measureLongQueries } from './searchLongQueries.ts';

allowSiteModules();
const { localeCodes } = await import('../src/i18n/locales.ts');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const procedures = option('procedures', 2000);
const rounds = option('rounds', 5);
const longRounds = option('long-rounds', 3);
const keep = args.includes('--keep');

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function print(title: string, rows: SearchLatencyRow[], targets: boolean) {
  console.log(`\n${title}`);
  console.log('locale  pages  index raw   index gzip  first query  median/query  p95/query  (queries)');
  for (const r of rows) {
    const gzipOk = !targets || r.gzipKb < 60 ? '' : ' ✗>60';
    const p95Ok = !targets || r.p95Ms < 16 ? '' : ' ✗>16';
    console.log(
      `${r.locale.padEnd(6)}  ${String(r.docs).padStart(5)}  ${r.rawKb.toFixed(1).padStart(7)} KB  ${r.gzipKb.toFixed(1).padStart(7)} KB${gzipOk}  ${r.firstQueryMs.toFixed(1).padStart(8)} ms  ${r.medianMs.toFixed(2).padStart(9)} ms  ${r.p95Ms.toFixed(2).padStart(6)} ms${p95Ok}  (${r.queries})`,
    );
  }
}

function printWorst(title: string, rows: LongQueryRow[]) {
  console.log(`\n${title}: worst of ${longQueries.length} huge queries (up to 100 KB), target under 50 ms`);
  console.log('locale  worst case    slowest query');
  for (const r of rows) {
    const ok = r.worstMs < 50 ? '' : ' ✗>50';
    console.log(`${r.locale.padEnd(6)}  ${r.worstMs.toFixed(1).padStart(7)} ms${ok.padEnd(5)}  ${r.worstQuery}`);
  }
}

const bundled = path.join(root, 'content');
print('Bundled content (content/)', await measureSearchLatency(bundled, rounds), false);
printWorst('Bundled content', await measureLongQueries(bundled, longRounds));

const dir = await mkdtemp(path.join(tmpdir(), 'search-bench-'));
try {
  const { contentDir } = await generateCorpus({ dir, procedures, locales: localeCodes });
  print(`Large corpus: content/ + ${procedures} generated procedures per locale (targets: index < 60 KB gzip, p95 < 16 ms)`, await measureSearchLatency(contentDir, rounds), true);
  printWorst('Large corpus', await measureLongQueries(contentDir, longRounds));
  if (keep) console.log(`\nCorpus kept in ${contentDir}`);
} finally {
  if (!keep) await rm(dir, { recursive: true, force: true });
}
