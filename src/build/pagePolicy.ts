import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

/**
 * Each page's Content-Security-Policy <meta> allows only the inline scripts
 * that page carries.
 *
 * Astro writes the hash of every inline script of the whole site into every
 * page's policy: thirteen hashes, about 600 bytes that do not compress, on
 * pages that carry two or three of those scripts. A page then also allows
 * scripts it never runs. After the build, each page's `script-src` keeps its
 * other sources ('self') and the hashes of its own inline scripts, nothing
 * else. Read with an HTML parser (parse5's tree, which is faster on whole
 * pages than its streaming tokenizer), whose source locations say where the
 * attribute to rewrite is; only the `content` attribute of that one <meta>
 * changes.
 */

type Element = DefaultTreeAdapterMap['element'];

function elementsOf(node: DefaultTreeAdapterMap['parentNode']): Element[] {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : []));
}

const attributeOf = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/** The CSP source for a script's text, as browsers hash it (UTF-8, SHA-256, base64). */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Whether a script element runs as code (JSON-LD and other data blocks do not). */
function isInlineCode(element: Element): boolean {
  if (element.tagName !== 'script' || attributeOf(element, 'src') !== undefined) return false;
  const type = (attributeOf(element, 'type') ?? '').trim().toLowerCase();
  return ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
}

/** A policy with its script-src hashes cut down to `keep`; other directives and sources untouched. */
export function keepScriptHashes(policy: string, keep: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name?.toLowerCase() !== 'script-src') return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || keep.has(source));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
}

/** Escapes a value for a double-quoted attribute. */
const quoted = (value: string) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;

/**
 * The page with its CSP <meta> narrowed to its own inline scripts, and how
 * many hashes were dropped. A page without such a <meta> is returned as it is.
 */
export function narrowPagePolicy(html: string): { html: string; dropped: number } {
  const elements = elementsOf(parse(html, { sourceCodeLocationInfo: true }));
  const meta = elements.find((e) => e.tagName === 'meta' && attributeOf(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta ? attributeOf(meta, 'content') : undefined;
  const location = meta?.sourceCodeLocation?.attrs?.['content'];
  if (content === undefined || !location) return { html, dropped: 0 };
  const own = new Set(elements.filter(isInlineCode).map((script) => scriptHashSource(textOf(script))));
  const narrowed = keepScriptHashes(content, own);
  const count = (policy: string) => policy.match(/'sha(256|384|512)-/g)?.length ?? 0;
  return {
    html: `${html.slice(0, location.startOffset)}content=${quoted(narrowed)}${html.slice(location.endOffset)}`,
    dropped: count(content) - count(narrowed),
  };
}
