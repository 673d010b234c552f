/**
 * `npm run bench`: builds a 10,000-page corpus (2,000 procedures × 5
 * languages, made by bench/generateCorpus.ts in a temporary folder, never in
 * content/) and reports build time, pages per second, peak memory, dist
 * size, page weights by page type, search index sizes, search latency and
 * Lighthouse mobile scores. Prints a table and writes bench-results/bench.json.
 *
 *   npm run bench              the full 10,000-page run (tens of minutes on two cores)
 *   npm run bench -- --quick   a small corpus, to try it out
 *
 * Targets (README, "Benchmarks"): the 10,000-page build under 2 GB peak
 * memory; Lighthouse 100 in all four categories on the four page types.
 */
import { freeLoopbackPort } from '../tests/support/freeLoopbackPort.ts';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generateCorpus.ts';
import { percentile } from './percentile.ts';
import { type SearchLatencyRow, measureSearchLatency } from './searchLatency.ts';
import { type LighthouseScores, lighthouseCategories, lighthouseScores } from './lighthouse.ts';
import { builtFiles } from '../tests/gates/lib/builtPages.ts';
import { type PageWeight, gzipSize, weighPages } from '../tests/gates/lib/budgets.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const skipLighthouse = process.argv.includes('--no-lighthouse');
const locales = ['vi', 'en', 'ru', 'zh', 'ko'];
const proceduresPerLocale = quick ? 100 : 2_000;
const memoryTargetBytes = 2 * 1024 ** 3;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
function treeResidentBytes(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const statText = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      rss.set(Number(entry), kb ? Number(kb) * 1024 : 0);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== rootPid) p = parents.get(p);
    if (p === rootPid) total += bytes;
  }
  return total;
}

/** Runs `npm run build` over a content tree, sampling the memory of its whole process tree. */
async function timedBuild(contentDir: string, outDir: string, cacheDir: string): Promise<{ seconds: number; peakBytes: number }> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  }, 250);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes };
}

/** What kind of page a built file is, from its path. */
function pageType(file: string): string {
  const rest = file.replace(/^(?:en|ru|zh|ko)\//, '');
  if (rest === 'index.html') return 'home';
  if (file === '404.html' || rest === '404/index.html') return 'not found';
  if (rest.startsWith('admin/')) return 'admin (staff)';
  if (rest === 'handbook/index.html') return 'handbook index';
  if (/^handbook\/[^/]+\/index\.html$/.test(rest)) return 'procedure';
  if (rest === 'hotlines/index.html') return 'hotlines';
  if (rest === 'search/index.html') return 'search';
  return 'other content';
}

function summariseWeights(weights: readonly PageWeight[]): Record<string, { pages: number; htmlCssMedian: number; htmlCssMax: number; startScriptMax: number }> {
  const byType = new Map<string, PageWeight[]>();
  for (const w of weights) byType.set(pageType(w.file), [...(byType.get(pageType(w.file)) ?? []), w]);
  const summary: Record<string, { pages: number; htmlCssMedian: number; htmlCssMax: number; startScriptMax: number }> = {};
  for (const [type, list] of [...byType].sort()) {
    const sizes = list.map((w) => w.html + w.css).sort((a, b) => a - b);
    summary[type] = {
      pages: list.length,
      htmlCssMedian: percentile(sizes, 50),
      htmlCssMax: sizes.at(-1) ?? 0,
      startScriptMax: Math.max(0, ...list.map((w) => w.startScript)),
    };
  }
  return summary;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await builtFiles(dir)) total += (await stat(path.join(dir, file))).size;
  return total;
}

function searchIndexSizes(outDir: string): Record<string, { bytes: number; gzip: number }> | null {
  const dir = path.join(outDir, 'search-index');
  if (!existsSync(dir)) return null;
  const sizes: Record<string, { bytes: number; gzip: number }> = {};
  for (const locale of locales) {
    const file = path.join(dir, `${locale}.json`);
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    sizes[locale] = { bytes: content.length, gzip: gzipSize(content) };
  }
  return sizes;
}

/** Serves a built folder with `astro preview` and runs Lighthouse on the four page types. */
async function lighthouseOnPreview(contentDir: string, outDir: string, procedurePath: string): Promise<Record<string, LighthouseScores>> {
  const port = await freeLoopbackPort();
  const preview = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const until = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > until) throw new Error('the preview server did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    const pages: Record<string, string> = { home: '/', procedure: procedurePath, hotlines: '/hotlines/', search: '/search/' };
    const scores = await lighthouseScores(
      Object.values(pages).map((p) => origin + p),
      { debuggingPort: await freeLoopbackPort() },
    );
    return Object.fromEntries(Object.entries(pages).map(([type, p]) => [`${type} ${p}`, scores.get(origin + p)!]));
  } finally {
    preview.kill('SIGTERM');
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'portal-bench-'));
  try {
    log(`generating ${proceduresPerLocale} procedures × ${locales.length} languages in ${work}`);
    const { contentDir } = await generateCorpus({ dir: work, procedures: proceduresPerLocale, locales });
    const outDir = path.join(work, 'dist');
    log('building (npm run build)…');
    const build = await timedBuild(contentDir, outDir, path.join(work, 'cache'));
    const pages = (await builtFiles(outDir)).filter((f) => f.endsWith('.html'));
    log(`built ${pages.length} pages in ${build.seconds.toFixed(1)} s; weighing pages…`);
    const weights = await weighPages(outDir);
    const procedureFile = pages.find((f) => /^handbook\/[^/]+\/index\.html$/.test(f));
    const results: Record<string, unknown> = {
      corpus: { proceduresPerLocale, locales, quick },
      build: {
        seconds: Number(build.seconds.toFixed(1)),
        pages: pages.length,
        pagesPerSecond: Number((pages.length / build.seconds).toFixed(1)),
        peakMemoryBytes: build.peakBytes,
        peakMemoryTargetBytes: memoryTargetBytes,
        peakMemoryWithinTarget: build.peakBytes < memoryTargetBytes,
      },
      distBytes: await folderBytes(outDir),
      pageWeightsGzip: summariseWeights(weights),
      searchIndex: searchIndexSizes(outDir) ?? 'no search-index/ folder in the build',
    };
    log('search latency…');
    results['searchLatency'] = await measureSearchLatency(contentDir).catch((e: unknown) => `failed: ${String(e)}`);
    if (skipLighthouse) {
      results['lighthouse'] = 'skipped (--no-lighthouse)';
    } else {
      log('Lighthouse (mobile) on home, a procedure, hotlines and search…');
      results['lighthouse'] = await lighthouseOnPreview(contentDir, outDir, procedureFile ? `/${procedureFile.replace(/index\.html$/, '')}` : '/handbook/').catch(
        (e: unknown) => `failed: ${String(e)}`,
      );
    }
    await mkdir(path.join(projectRoot, 'bench-results'), { recursive: true });
    const jsonFile = path.join(projectRoot, 'bench-results', quick ? 'bench-quick.json' : 'bench.json');
    await writeFile(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`);
    printTable(results);
    console.log(`\nWritten to ${path.relative(projectRoot, jsonFile)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function printTable(r: Record<string, unknown>): void {
  const b = r['build'] as { seconds: number; pages: number; pagesPerSecond: number; peakMemoryBytes: number; peakMemoryWithinTarget: boolean };
  const rows: [string, string][] = [
    ['pages built', String(b.pages)],
    ['build time', `${b.seconds} s`],
    ['pages per second', String(b.pagesPerSecond)],
    ['peak memory (build process tree)', `${mb(b.peakMemoryBytes)} ${b.peakMemoryWithinTarget ? '(under 2 GB: ok)' : '(OVER the 2 GB target)'}`],
    ['dist size', mb(r['distBytes'] as number)],
  ];
  for (const [type, w] of Object.entries(r['pageWeightsGzip'] as Record<string, { pages: number; htmlCssMedian: number; htmlCssMax: number; startScriptMax: number }>)) {
    rows.push([`${type} (${w.pages}): HTML+CSS gzip median / max; JS at start max`, `${kb(w.htmlCssMedian)} / ${kb(w.htmlCssMax)}; ${kb(w.startScriptMax)}`]);
  }
  const index = r['searchIndex'];
  if (typeof index === 'string') rows.push(['search index', index]);
  else for (const [locale, s] of Object.entries(index as Record<string, { bytes: number; gzip: number }>)) rows.push([`search index ${locale} (raw / gzip)`, `${kb(s.bytes)} / ${kb(s.gzip)}`]);
  const latency = r['searchLatency'];
  if (typeof latency === 'string') rows.push(['search query latency', latency]);
  else
    for (const row of latency as SearchLatencyRow[])
      rows.push([
        `search ${row.locale}: first query; median / p95 per query (${row.queries})`,
        `${row.firstQueryMs.toFixed(0)} ms; ${row.medianMs.toFixed(2)} ms / ${row.p95Ms.toFixed(2)} ms`,
      ]);
  const lh = r['lighthouse'];
  if (typeof lh === 'string') rows.push(['Lighthouse', lh]);
  else for (const [page, s] of Object.entries(lh as Record<string, LighthouseScores>)) rows.push([`Lighthouse mobile ${page}`, s.error ?? lighthouseCategories.map((c) => `${c} ${s[c] ?? '–'}`).join(', ')]);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
}

await main();
