/**
 * `npm run bench`: builds a 10,000-page corpus (2,000 procedures × 5
 * languages, made by bench/generateCorpus.ts in a temporary folder, never in
 * content/), then the same procedures as a Starlight + Pagefind site (pinned
 * in bench/starlight/), one after the other in the same run, and a 1,000-page
 * corpus to see whether build time grows linearly. Reports for each build:
 * pages, time, pages per second, CPU ms per page and peak memory (PSS summed
 * over the process tree, see bench/processTree.ts), and the ratios to
 * Starlight; then dist size, page weights by page type, pages over budget,
 * search index sizes, search latency and Lighthouse mobile scores. Prints a
 * table and writes bench-results/bench.json. The machine's load average is
 * printed beside each build: other work on the machine slows every figure.
 *
 *   npm run bench                      the full run (tens of minutes on two cores)
 *   npm run bench -- --quick           100 and 20 procedures per language, to try the benchmark itself
 *   npm run bench -- --no-lighthouse   leave out Lighthouse
 *   npm run bench -- --no-starlight    leave out the Starlight build
 *
 * Targets (README, "Checks and benchmarks"): at least 3× Starlight's pages per
 * second and at most 0.4× its peak memory; CPU ms per page about the same at
 * 1,000 and 10,000 pages; every page within 14 KB of HTML + CSS gzip;
 * Lighthouse 100 in all four categories on the four page types.
 */
import { freeLoopbackPort } from '../tests/support/freeLoopbackPort.ts';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generateCorpus.ts';
import { childrenCpuMs, treeProportionalBytes } from './processTree.ts';
import { ensureStarlightInstalled, removeStarlightSite, starlightBuildCommand, writeStarlightSite } from './starlightSite.ts';
import { percentile } from './percentile.ts';
import { type SearchLatencyRow, measureSearchLatency } from './searchLatency.ts';
import { type LighthouseScores, lighthouseCategories, lighthouseScores } from './lighthouse.ts';
import { builtFiles } from '../tests/gates/lib/builtPages.ts';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';
import { type PageWeight, budgetProblems, gzipSize, weighPages } from '../tests/gates/lib/budgets.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
allowSiteModules();
const { lifeEvents } = await import('../src/schemas/procedure.ts');
const quick = process.argv.includes('--quick');
const skipLighthouse = process.argv.includes('--no-lighthouse');
const locales = ['vi', 'en', 'ru', 'zh', 'ko'];
const skipStarlight = process.argv.includes('--no-starlight');
const proceduresPerLocale = quick ? 100 : 2_000;
/** The smaller corpus for CPU ms per page at about a tenth of the size (1,000 pages in the full run). */
const smallProceduresPerLocale = quick ? 20 : 200;
const targets = { pagesPerSecondRatio: 3, peakMemoryRatio: 0.4 };

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** What one measured build took. */
interface BuildFigures {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** User + system CPU time of the whole process tree. */
  cpuSeconds: number;
  cpuMsPerPage: number;
  /** Highest PSS summed over the process tree, sampled every 250 ms. */
  peakMemoryBytes: number;
  /** The machine's 1-minute load average when the build started and ended (2 cores: 2.0 is fully busy). */
  loadAverage: { start: number; end: number };
}

/**
 * Runs a build command, sampling the memory of its whole process tree and
 * adding up its CPU time; counts the HTML pages in `outDir` afterwards.
 */
async function measuredBuild(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; outDir: string },
): Promise<BuildFigures> {
  log(`building ${label}…`);
  const loadStart = loadavg()[0]!;
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
  child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
  let peakMemoryBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakMemoryBytes = Math.max(peakMemoryBytes, treeProportionalBytes(child.pid));
  }, 250);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = childrenCpuMs() - cpuBefore;
  if (code !== 0) throw new Error(`${label}: the build failed (exit ${code}):\n${output}`);
  const pages = (await builtFiles(options.outDir)).filter((f) => f.endsWith('.html')).length;
  const figures: BuildFigures = {
    pages,
    seconds: round(seconds, 1),
    pagesPerSecond: round(pages / seconds, 1),
    cpuSeconds: round(cpuMs / 1000, 1),
    cpuMsPerPage: round(cpuMs / pages, 1),
    peakMemoryBytes,
    loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0]!, 2) },
  };
  log(`${label}: ${pages} pages in ${figures.seconds} s, ${figures.cpuMsPerPage} CPU ms per page, peak ${mb(peakMemoryBytes)}`);
  return figures;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** The portal's own `npm run build` over a content tree. */
function portalBuild(label: string, contentDir: string, outDir: string, cacheDir: string): Promise<BuildFigures> {
  return measuredBuild(label, 'npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
    outDir,
  });
}

/** The Starlight + Pagefind build of the same procedures (bench/starlightSite.ts). */
async function starlightBuild(contentDir: string, outDir: string, cacheDir: string): Promise<BuildFigures> {
  const written = await writeStarlightSite(contentDir);
  log(`wrote ${written} Starlight pages`);
  try {
    const { command, args, cwd, env } = starlightBuildCommand(outDir, cacheDir);
    return await measuredBuild('Starlight + Pagefind', command, args, { cwd, env, outDir });
  } finally {
    await removeStarlightSite();
  }
}

/** What kind of page a built file is, from its path. */
function pageType(file: string): string {
  const rest = file.replace(/^(?:en|ru|zh|ko)\//, '');
  if (rest === 'index.html') return 'home';
  if (file === '404.html' || rest === '404/index.html') return 'not found';
  if (rest.startsWith('admin/')) return 'admin (staff)';
  if (rest === 'handbook/index.html') return 'handbook index';
  const handbookChild = /^handbook\/([^/]+)\/(?:\d+\/)?index\.html$/.exec(rest)?.[1];
  if (handbookChild && (lifeEvents as readonly string[]).includes(handbookChild)) return 'life event list';
  if (/^handbook\/[^/]+\/index\.html$/.test(rest)) return 'procedure';
  if (rest === 'translations/index.html') return 'translation report (staff)';
  if (/^translations\/[a-z]+\/(?:\d+\/)?index\.html$/.test(rest)) return 'translation list (staff)';
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

/** The side-by-side ratios and whether they meet the targets. */
function comparison(portal: BuildFigures, starlight: BuildFigures) {
  const pagesPerSecondRatio = round(portal.pagesPerSecond / starlight.pagesPerSecond, 2);
  const peakMemoryRatio = round(portal.peakMemoryBytes / starlight.peakMemoryBytes, 2);
  return {
    pagesPerSecondRatio,
    pagesPerSecondTarget: targets.pagesPerSecondRatio,
    pagesPerSecondMet: pagesPerSecondRatio >= targets.pagesPerSecondRatio,
    peakMemoryRatio,
    peakMemoryTarget: targets.peakMemoryRatio,
    peakMemoryMet: peakMemoryRatio <= targets.peakMemoryRatio,
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'portal-bench-'));
  try {
    if (!skipStarlight) ensureStarlightInstalled(log);
    log(`generating ${proceduresPerLocale} procedures × ${locales.length} languages in ${work}`);
    const { contentDir } = await generateCorpus({ dir: path.join(work, 'large'), procedures: proceduresPerLocale, locales });
    const outDir = path.join(work, 'dist');
    const portal = await portalBuild('the portal (npm run build)', contentDir, outDir, path.join(work, 'cache'));
    log('weighing pages…');
    const weights = await weighPages(outDir);
    const overBudget = budgetProblems(weights);
    const pages = (await builtFiles(outDir)).filter((f) => f.endsWith('.html'));
    const procedureFile = pages.find((f) => /^handbook\/[^/]+\/index\.html$/.test(f) && pageType(f) === 'procedure');
    const results: Record<string, unknown> = {
      corpus: { proceduresPerLocale, smallProceduresPerLocale, locales, quick },
      build: portal,
    };
    if (skipStarlight) {
      results['starlight'] = 'skipped (--no-starlight)';
    } else {
      const starlightOut = path.join(work, 'starlight-dist');
      const starlight = await starlightBuild(contentDir, starlightOut, path.join(work, 'starlight-cache'));
      results['starlight'] = starlight;
      results['versusStarlight'] = comparison(portal, starlight);
      await rm(starlightOut, { recursive: true, force: true });
    }
    log(`generating ${smallProceduresPerLocale} procedures × ${locales.length} languages`);
    const small = await generateCorpus({ dir: path.join(work, 'small'), procedures: smallProceduresPerLocale, locales });
    const smallOut = path.join(work, 'dist-small');
    const smallBuild = await portalBuild('the portal, small corpus', small.contentDir, smallOut, path.join(work, 'cache-small'));
    await rm(smallOut, { recursive: true, force: true });
    results['linearity'] = {
      small: { pages: smallBuild.pages, cpuMsPerPage: smallBuild.cpuMsPerPage },
      large: { pages: portal.pages, cpuMsPerPage: portal.cpuMsPerPage },
      largeOverSmall: round(portal.cpuMsPerPage / smallBuild.cpuMsPerPage, 2),
    };
    results['distBytes'] = await folderBytes(outDir);
    results['pageWeightsGzip'] = summariseWeights(weights);
    results['overBudget'] = { pages: new Set(overBudget.map((p) => p.file)).size, first: overBudget.slice(0, 10).map((p) => `${p.file}: ${p.message}`) };
    results['searchIndex'] = searchIndexSizes(outDir) ?? 'no search-index/ folder in the build';
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
    await writeFile(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), cores: availableParallelism(), ...results }, null, 2)}\n`);
    printTable(results);
    console.log(`\nWritten to ${path.relative(projectRoot, jsonFile)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function buildRows(label: string, b: BuildFigures): [string, string][] {
  return [
    [`${label}: pages, time`, `${b.pages} pages in ${b.seconds} s`],
    [`${label}: pages per second`, String(b.pagesPerSecond)],
    [`${label}: CPU per page (user + system, whole tree)`, `${b.cpuMsPerPage} ms (${b.cpuSeconds} s in all)`],
    [`${label}: peak memory (PSS, whole tree)`, mb(b.peakMemoryBytes)],
    [`${label}: load average at start / end`, `${b.loadAverage.start} / ${b.loadAverage.end} (on ${availableParallelism()} cores)`],
  ];
}

function printTable(r: Record<string, unknown>): void {
  const rows: [string, string][] = buildRows('portal', r['build'] as BuildFigures);
  const starlight = r['starlight'];
  if (typeof starlight === 'string') rows.push(['Starlight + Pagefind', starlight]);
  else {
    rows.push(...buildRows('Starlight', starlight as BuildFigures));
    const v = r['versusStarlight'] as ReturnType<typeof comparison>;
    rows.push(
      ['portal ÷ Starlight, pages per second', `${v.pagesPerSecondRatio}× (target ≥ ${v.pagesPerSecondTarget}×: ${v.pagesPerSecondMet ? 'met' : 'MISSED'})`],
      ['portal ÷ Starlight, peak memory', `${v.peakMemoryRatio}× (target ≤ ${v.peakMemoryTarget}×: ${v.peakMemoryMet ? 'met' : 'MISSED'})`],
    );
  }
  const lin = r['linearity'] as { small: { pages: number; cpuMsPerPage: number }; large: { pages: number; cpuMsPerPage: number }; largeOverSmall: number };
  rows.push([
    'CPU ms per page, small / large corpus',
    `${lin.small.cpuMsPerPage} ms at ${lin.small.pages} pages, ${lin.large.cpuMsPerPage} ms at ${lin.large.pages} pages (${lin.largeOverSmall}×; 1× is linear)`,
  ]);
  rows.push(['dist size', mb(r['distBytes'] as number)]);
  for (const [type, w] of Object.entries(r['pageWeightsGzip'] as Record<string, { pages: number; htmlCssMedian: number; htmlCssMax: number; startScriptMax: number }>)) {
    rows.push([`${type} (${w.pages}): HTML+CSS gzip median / max; JS at start max`, `${kb(w.htmlCssMedian)} / ${kb(w.htmlCssMax)}; ${kb(w.startScriptMax)}`]);
  }
  const over = r['overBudget'] as { pages: number; first: string[] };
  rows.push(['pages over budget (14 KB HTML + CSS, 2 KB JS)', over.pages === 0 ? 'none' : `${over.pages}: ${over.first.slice(0, 3).join('; ')}`]);
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
