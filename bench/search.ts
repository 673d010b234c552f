/**
 * `npm run bench:search`: for each locale, the search index's size (raw and
 * gzip) and the time to answer each query of the query sets (median and
 * p95), on the bundled content and on a generated corpus of 2,000 extra
 * procedures per locale (bench/generateCorpus.ts).
 *
 * "First query" is what a reader waits for after focusing the search field:
 * parsing the index and preparing it (Fuse.js index, folded fields), plus one
 * query. Targets (issue 7): under 16 ms p95 per query, and under 60 KB gzip
 * of index for a locale on the large corpus. Network time is not included.
 *
 * Options: --procedures N (default 2000), --rounds N (default 5), --keep (keep the corpus).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

allowSiteModules();
const { readSearchIndexes } = await import('../src/search/readSearchSources.ts');
const { createSearchEngine } = await import('../src/search/searchEngine.ts');
const { loadQuerySets } = await import('../tests/search/relevance.ts');
const { generateCorpus } = await import('./generateCorpus.ts');
const { localeCodes } = await import('../src/i18n/locales.ts');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const procedures = option('procedures', 2000);
const rounds = option('rounds', 5);
const keep = args.includes('--keep');

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const querySets = await loadQuerySets();
/** Locales without their own query set are timed with the Vietnamese and English sets. */
const fallbackQueries = [...(querySets.get('vi') ?? []), ...(querySets.get('en') ?? [])];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, at)] as number;
}

interface Row {
  locale: string;
  docs: number;
  rawKb: number;
  gzipKb: number;
  firstQueryMs: number;
  medianMs: number;
  p95Ms: number;
  queries: number;
}

function measure(contentDir: string): Row[] {
  const rows: Row[] = [];
  for (const [locale, index] of readSearchIndexes(contentDir)) {
    const json = JSON.stringify(index);
    const queries = (querySets.get(locale) ?? fallbackQueries).map((q) => q.query);
    const startFirst = performance.now();
    const engine = createSearchEngine(JSON.parse(json));
    engine.search(queries[0] ?? 'a');
    const firstQueryMs = performance.now() - startFirst;
    // Each query's time is its fastest of `rounds` runs (less noise from a shared machine);
    // median and p95 are over the query set.
    const times = queries.map((query) => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < rounds; round += 1) {
        const start = performance.now();
        engine.search(query);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    });
    times.sort((a, b) => a - b);
    rows.push({
      locale,
      docs: index.docs.length,
      rawKb: Buffer.byteLength(json) / 1024,
      gzipKb: gzipSync(json, { level: 9 }).length / 1024,
      firstQueryMs,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      queries: queries.length,
    });
  }
  return rows;
}

function print(title: string, rows: Row[], targets: boolean) {
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

print('Bundled content (content/)', measure(path.join(root, 'content')), false);

const dir = await mkdtemp(path.join(tmpdir(), 'search-bench-'));
try {
  const { contentDir } = await generateCorpus({ dir, procedures, locales: localeCodes });
  print(`Large corpus: content/ + ${procedures} generated procedures per locale (targets: index < 60 KB gzip, p95 < 16 ms)`, measure(contentDir), true);
  if (keep) console.log(`\nCorpus kept in ${contentDir}`);
} finally {
  if (!keep) await rm(dir, { recursive: true, force: true });
}
