/**
 * Runs after the build (see package.json `build`): reads the
 * Content-Security-Policy Astro wrote into every page's <meta> and writes
 * `<OUT_DIR>-server/csp.conf` (dist-server/csp.conf by default), the script
 * and style hashes the nginx header policy must allow (deploy/nginx/site.conf).
 * Reads OUT_DIR (default ./dist).
 *
 * The file sits NEXT TO the build, never in it: everything in the build is
 * published as it is by a static host, and server configuration is not for
 * readers.
 *
 * Why: the browser enforces the header policy and the <meta> policy together.
 * A header with `default-src 'self'` and no hashes would block every inline
 * script the page's own policy allows; a header with 'unsafe-inline' would be
 * no protection. So the header lists exactly the hashes the build made.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePolicy } from '../src/build/contentSecurityPolicy.ts';
import { metaHttpEquiv } from '../src/build/htmlDocument.ts';

/** The directives whose hashes the header must carry. */
const hashedDirectives = ['script-src', 'style-src'] as const;
type HashedDirective = (typeof hashedDirectives)[number];

/** Sources in the page's policy the header already allows without hashes. */
const sourcesTheHeaderHas: ReadonlySet<string> = new Set(["'self'"]);

const hashSource = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** The content of a page's CSP <meta>, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return metaHttpEquiv(html, 'content-security-policy');
}

/**
 * The hash sources of script-src and style-src in one policy. Any other
 * source there (a host, 'unsafe-inline') throws: the header would have to
 * allow it too, and that is a decision for a person, not for this script.
 */
export function policyHashes(policy: string, where: string): Record<HashedDirective, string[]> {
  const found: Record<HashedDirective, string[]> = { 'script-src': [], 'style-src': [] };
  for (const [name, sources] of parsePolicy(policy)) {
    if (!(hashedDirectives as readonly string[]).includes(name)) continue;
    for (const source of sources) {
      if (hashSource.test(source)) found[name as HashedDirective].push(source);
      else if (!sourcesTheHeaderHas.has(source)) {
        throw new Error(`${where}: ${name} allows ${source}; deploy/nginx/site.conf only carries 'self' and hashes`);
      }
    }
  }
  return found;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.isFile() && entry.name.endsWith('.html')) yield full;
  }
}

/** Every hash any page of the built site allows, sorted, per directive. */
export function siteHashes(outDir: string): Record<HashedDirective, string[]> {
  const all: Record<HashedDirective, Set<string>> = { 'script-src': new Set(), 'style-src': new Set() };
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const where = path.relative(outDir, file);
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (policy === undefined) throw new Error(`${where} has no <meta http-equiv="content-security-policy">`);
    const hashes = policyHashes(policy, where);
    for (const d of hashedDirectives) for (const h of hashes[d]) all[d].add(h);
    pages += 1;
  }
  if (pages === 0) throw new Error(`no HTML pages in ${outDir}: build the site first`);
  return { 'script-src': [...all['script-src']].sort(), 'style-src': [...all['style-src']].sort() };
}

/** The nginx include: two variables used by deploy/nginx/site.conf. */
export function nginxCspInclude(hashes: Record<HashedDirective, string[]>): string {
  return [
    '# Written by scripts/nginx-csp.ts from the pages\' own CSP <meta>. Do not edit;',
    '# rebuild, deploy and reload nginx instead. Used by deploy/nginx/site.conf.',
    `set $portal_csp_script_hashes "${hashes['script-src'].join(' ')}";`,
    `set $portal_csp_style_hashes "${hashes['style-src'].join(' ')}";`,
    '',
  ].join('\n');
}

/** Where the build's server configuration goes: `<outDir>-server/`, beside the published folder. */
export function serverConfigDir(outDir: string): string {
  return `${path.resolve(outDir)}-server`;
}

if (import.meta.main) {
  const outDir = process.env['OUT_DIR'] ?? './dist';
  const hashes = siteHashes(outDir);
  const target = path.join(serverConfigDir(outDir), 'csp.conf');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, nginxCspInclude(hashes));
  console.log(
    `nginx CSP: ${target} allows ${hashes['script-src'].length} script and ${hashes['style-src'].length} style hashes`,
  );
}
