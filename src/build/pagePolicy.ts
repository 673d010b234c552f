import { createHash } from 'node:crypto';
import { parsePolicy, serializePolicy } from './contentSecurityPolicy.ts';
import { isExecutableScript, pageElements } from './htmlDocument.ts';

/**
 * Each page's Content-Security-Policy <meta> allows only the inline scripts
 * that page carries.
 *
 * Astro writes the hash of every inline script of the whole site into every
 * page's policy: thirteen hashes, about 600 bytes that do not compress, on
 * pages that carry two or three of those scripts. A page then also allows
 * scripts it never runs. After the build, each page's `script-src` keeps its
 * other sources ('self') and the hashes of its own inline scripts, nothing
 * else. Read with the HTML parser the gates use too (src/build/htmlDocument.ts),
 * whose source offsets say where the attribute to rewrite is; only the
 * `content` attribute of that one <meta> changes.
 */

/** The CSP source for a script's text, as browsers hash it (UTF-8, SHA-256, base64). */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A policy with its script-src hashes cut down to `keep`; other directives and sources untouched. */
export function keepScriptHashes(policy: string, keep: ReadonlySet<string>): string {
  const parsed = parsePolicy(policy);
  const narrowed = new Map(
    [...parsed].map(([name, sources]) => [name, name === 'script-src' ? sources.filter((source) => !isHashSource(source) || keep.has(source)) : sources]),
  );
  return serializePolicy(narrowed);
}

const isHashSource = (source: string) => /^'sha(256|384|512)-/.test(source);

function scriptHashCount(policy: string): number {
  return (parsePolicy(policy).get('script-src') ?? []).filter(isHashSource).length;
}

/** Escapes a value for a double-quoted attribute. */
const quoted = (value: string) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;

/**
 * The page with its CSP <meta> narrowed to its own inline scripts, and how
 * many hashes were dropped. A page without such a <meta> is returned as it is.
 */
export function narrowPagePolicy(html: string): { html: string; dropped: number } {
  const elements = pageElements(html);
  const meta = elements.find((e) => e.tagName === 'meta' && e.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta?.attributes.get('content');
  const location = meta?.attributeOffsets['content'];
  if (content === undefined || !location) return { html, dropped: 0 };
  const inlineCode = elements.filter((e) => e.tagName === 'script' && !e.attributes.has('src') && isExecutableScript(e.attributes));
  const own = new Set(inlineCode.map((script) => scriptHashSource(script.text)));
  const narrowed = keepScriptHashes(content, own);
  const dropped = scriptHashCount(content) - scriptHashCount(narrowed);
  if (dropped === 0) return { html, dropped };
  return {
    html: `${html.slice(0, location.startOffset)}content=${quoted(narrowed)}${html.slice(location.endOffset)}`,
    dropped,
  };
}
