import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  type GateProblem,
  builtPages,
  isStaffPage,
  pagePath,
  readText,
} from './builtPages.ts';
import { elementsNamed, isExecutableScript, pageElements } from '../../../src/build/htmlDocument.ts';

/** HTML + CSS that fits the first TCP round trip (10 packets of ~1.4 KB). */
export const htmlCssBudget = 14 * 1024;
/** JavaScript a page may load at start, gzip. */
export const startScriptBudget = 2 * 1024;

/** What one page costs a reader on first load, in gzip bytes. */
export interface PageWeight {
  file: string;
  html: number;
  css: number;
  /** JavaScript fetched or run at start: inline scripts, module scripts and their static imports, eager islands. */
  startScript: number;
  /** Scripts that stop the page from rendering until they have run. */
  renderBlocking: string[];
  /** Islands whose code loads at start instead of on use. */
  eagerIslands: string[];
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** The file a root-relative URL in the site refers to, or undefined for other hosts. */
function localFile(dir: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return path.join(dir, decodeURIComponent(url.split(/[?#]/)[0]!));
}

/** A module's static imports (not `import()`), resolved against its URL. */
function staticImports(code: string, url: string): string[] {
  const specifiers = [
    ...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => new URL(s, `http://site${url}`).pathname);
}

/** Gzip weight of a module and everything it imports statically, each file counted once. */
function moduleGraphWeight(dir: string, entries: string[], counted: Set<string>): number {
  let total = 0;
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (counted.has(url)) continue;
    counted.add(url);
    const file = localFile(dir, url);
    if (!file || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    total += gzipSize(code);
    queue.push(...staticImports(code, url));
  }
  return total;
}

/** Weighs one built page: its HTML, its stylesheets and the JavaScript it loads at start. */
export function weighPage(dir: string, file: string, html: string): PageWeight {
  const pageUrl = pagePath(file);
  const resolve = (href: string): string => new URL(href, `http://site${pageUrl}`).pathname;
  let css = 0;
  const elements = pageElements(html);
  const links = elementsNamed(elements, 'link');
  for (const link of links) {
    const rel = (link.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.attributes.get('href');
    if (!rel.includes('stylesheet') || !href) continue;
    const cssFile = localFile(dir, resolve(href));
    if (cssFile && existsSync(cssFile)) css += gzipSize(readFileSync(cssFile));
  }

  const counted = new Set<string>();
  const renderBlocking: string[] = [];
  const eagerIslands: string[] = [];
  let inline = '';
  const moduleEntries: string[] = [];
  for (const script of elementsNamed(elements, 'script')) {
    if (!isExecutableScript(script.attributes)) continue;
    const src = script.attributes.get('src');
    const isModule = script.attributes.get('type') === 'module';
    if (src) {
      moduleEntries.push(resolve(src));
      if (!isModule && !script.attributes.has('async') && !script.attributes.has('defer')) renderBlocking.push(src);
    } else {
      inline += script.text;
      if (!isModule && script.inHead) renderBlocking.push(`inline script in <head>: ${script.text.slice(0, 40)}`);
    }
  }
  for (const link of links) {
    const rel = (link.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.attributes.get('href');
    if (rel.includes('modulepreload') && href) moduleEntries.push(resolve(href));
  }
  // Astro islands: client:load, :idle, :visible and :only fetch their code as the page opens;
  // anything else (client:media or a custom "on use" directive) waits.
  for (const island of elementsNamed(elements, 'astro-island')) {
    const directive = island.attributes.get('client') ?? '';
    if (!['load', 'idle', 'visible', 'only'].includes(directive)) continue;
    const urls = [island.attributes.get('component-url'), island.attributes.get('renderer-url')].filter((u): u is string => !!u);
    eagerIslands.push(`${island.attributes.get('component-export') ?? 'island'} (client:${directive}) ${urls[0] ?? ''}`);
    moduleEntries.push(...urls.map(resolve));
  }
  const startScript = (inline ? gzipSize(inline) : 0) + moduleGraphWeight(dir, moduleEntries, counted);
  return { file, html: gzipSize(html), css, startScript, renderBlocking, eagerIslands };
}

/** Weighs every page of a built site folder. */
export async function weighPages(dir: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const file of await builtPages(dir)) weights.push(weighPage(dir, file, await readText(dir, file)));
  return weights;
}

/** What is over budget on each page (the staff editor at /admin/ excepted; see isStaffPage). */
export function budgetProblems(weights: readonly PageWeight[]): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const w of weights) {
    if (isStaffPage(w.file)) continue;
    if (w.html + w.css > htmlCssBudget) {
      problems.push({ file: w.file, message: `HTML + CSS is ${w.html + w.css} bytes gzip (HTML ${w.html}, CSS ${w.css}); budget ${htmlCssBudget}` });
    }
    if (w.startScript > startScriptBudget) {
      problems.push({ file: w.file, message: `JavaScript at start is ${w.startScript} bytes gzip; budget ${startScriptBudget}` });
    }
    for (const s of w.renderBlocking) problems.push({ file: w.file, message: `render-blocking script: ${s}` });
    for (const s of w.eagerIslands) problems.push({ file: w.file, message: `island code loads at start, not on use: ${s}` });
  }
  return problems;
}

export async function checkBudgets(dir: string): Promise<GateProblem[]> {
  return budgetProblems(await weighPages(dir));
}
