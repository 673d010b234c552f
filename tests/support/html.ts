import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

/**
 * Built pages read with a real HTML parser (parse5, the WHATWG algorithm
 * browsers use), so tests ask about elements and attributes, never about how
 * the markup happens to be spelled.
 */

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

function childrenOf(node: HtmlNode): HtmlNode[] {
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** A page's document. */
export function parseHtml(html: string): HtmlNode {
  return parse(html) as HtmlNode;
}

/** A built page: `en/hotlines` → `<dist>/en/hotlines/index.html`, parsed. */
export function builtPage(dist: string, urlPath: string): HtmlNode {
  const file = path.join(dist, urlPath.replace(/^\/|\/$/g, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  return parseHtml(readFileSync(file, 'utf8'));
}

/** The value of an attribute, or undefined. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlNode): void => {
    for (const child of childrenOf(node)) {
      if (isElement(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** One compound selector: `tag` (`xhtml:link` too), `.class`, `#id`, `[name]`, `[name="value"]`, combined without spaces. */
function matchesCompound(element: HtmlElement, compound: string): boolean {
  const parts = compound.match(/[.#]?[\w:-]+|\[[^\]]+\]/g) ?? [];
  if (parts.join('') !== compound) throw new Error(`unsupported selector "${compound}"`);
  return parts.every((part) => {
    if (part.startsWith('.')) return (attr(element, 'class') ?? '').split(/\s+/).includes(part.slice(1));
    if (part.startsWith('#')) return attr(element, 'id') === part.slice(1);
    if (part.startsWith('[')) {
      const [, name = '', value] = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(part) ?? [];
      if (!name) throw new Error(`unsupported attribute selector "${part}"`);
      const actual = attr(element, name);
      return value === undefined ? actual !== undefined : actual === value;
    }
    return element.tagName === part;
  });
}

/**
 * Elements matching a small CSS subset: compound selectors (`a.x[href="/"]`)
 * joined by spaces (descendant). Enough for tests; anything else throws.
 */
export function all(root: HtmlNode, selector: string): HtmlElement[] {
  const [first = '', ...rest] = selector.trim().split(/\s+/);
  let scope = descendants(root).filter((e) => matchesCompound(e, first));
  for (const compound of rest) {
    const next = new Set<HtmlElement>();
    for (const element of scope) for (const d of descendants(element)) if (matchesCompound(d, compound)) next.add(d);
    scope = descendants(root).filter((e) => next.has(e));
  }
  return scope;
}

/** The first element matching `selector`; throws when there is none, naming the selector. */
export function one(root: HtmlNode, selector: string): HtmlElement {
  const found = all(root, selector)[0];
  if (!found) throw new Error(`no element matches "${selector}"`);
  return found;
}

/** The text a reader sees in a node (its text content), with runs of white space collapsed. */
export function text(node: HtmlNode): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** Every run of text in a node, each on its own (outside scripts and styles): words of neighbouring elements never join. */
export function textRuns(node: HtmlNode): string[] {
  if (node.nodeName === '#text') return [(node as DefaultTreeAdapterMap['textNode']).value];
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) return [];
  return childrenOf(node).flatMap(textRuns);
}

function rawText(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) return '';
  return childrenOf(node).map(rawText).join('');
}

/** The element's parent element, or undefined at the top. */
export function parentElement(element: HtmlElement): HtmlElement | undefined {
  const parent = element.parentNode;
  return parent && isElement(parent as HtmlNode) ? (parent as HtmlElement) : undefined;
}

/** The language an element's text is in: its own or its nearest ancestor's `lang`. */
export function langOf(element: HtmlElement): string | undefined {
  for (let e: HtmlElement | undefined = element; e; e = parentElement(e)) {
    const lang = attr(e, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}
