import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import type { Locale } from '../i18n/locales';
import { sourceLocale } from '../i18n/locales';
import type { Fact } from '../schemas/fact';
import { pageUrl, parsePageUrl } from '../routing/urls';
import { factTokenPattern } from '../model/factTokens';
import { type FactTable, UnknownFactError, factHtml, telHref, textHtml } from './facts';
import { pickLocalized } from './localized';

/**
 * The last steps from a rendered Markdown entry to the HTML on a page, done
 * on the HTML syntax tree (hast) rather than on the string:
 * - fact tokens in text become the fact; a token as a link's whole target
 *   becomes the fact's address; a token anywhere else stops the build;
 * - heading ids that start with a digit get a `section-` prefix (HTML
 *   checkers and CSS selectors reject them), and so do links to them;
 * - on a page showing the Vietnamese for want of a translation, links to
 *   pages of the site lead to the reader's language;
 * - anything a Markdown renderer does not produce from plain Markdown (raw
 *   HTML, event handlers, `javascript:` addresses) stops the build: the
 *   content check refuses it first, this is the last line of defence.
 */

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[]; value?: string };
interface HastRoot {
  type: 'root';
  children: HastNode[];
}

export interface EntryHtmlOptions {
  /** Facts by id, for `{{id}}` tokens. */
  facts: FactTable;
  /** The language the entry is written in. */
  contentLocale: Locale;
  /** The language of the page it is shown on. */
  readerLocale: Locale;
  /** The slugs of every published page, for localising links. */
  pageSlugs: ReadonlySet<string>;
  /** The file, for messages. */
  file: string;
}

/** Elements plain Markdown (with GitHub's extensions) renders to. */
const markdownElements = new Set([
  'a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p',
  'pre', 'section', 'span', 'strong', 'sup', 'sub', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const unsafeScheme = /^\s*(javascript|vbscript|data):/i;

export class UnsafeContentError extends Error {
  constructor(file: string, what: string) {
    super(`${file} — text — ${what} — expected plain Markdown (run npm run check for the line)`);
    this.name = 'UnsafeContentError';
  }
}

class TokenPlaceError extends Error {
  constructor(file: string, token: string, place: string) {
    super(`${file} — ${token} — a fact cannot go in ${place} — expected the token in running text, or as the whole target of a link`);
    this.name = 'TokenPlaceError';
  }
}

const isElement = (node: HastNode): node is HastElement => node.type === 'element';

/** A percent-encoded `%7B%7Bid%7D%7D` (as Markdown writes a link target) read back, or the text itself. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The address a fact stands for when it is a link's whole target. */
function factHref(fact: Fact): string | undefined {
  switch (fact.kind) {
    case 'url':
    case 'channel':
      return fact.value;
    case 'phone':
      return telHref(fact.value);
    case 'email':
      return `mailto:${fact.value}`;
    default:
      return undefined;
  }
}

function fragment(html: string): HastNode[] {
  return (htmlToHast(html, { fragment: true }) as unknown as HastRoot).children;
}

/** A text node's value with its fact tokens replaced by the facts' nodes. */
function expandTokens(text: string, options: EntryHtmlOptions): HastNode[] | undefined {
  const matches = [...text.matchAll(factTokenPattern)];
  if (matches.length === 0) return undefined;
  const nodes: HastNode[] = [];
  let last = 0;
  for (const match of matches) {
    const [token, id = '', nameOnly] = match;
    const fact = options.facts.get(id);
    if (!fact) throw new UnknownFactError(options.file, id);
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    const html = nameOnly ? textHtml(pickLocalized(fact.name, options.contentLocale)) : factHtml(fact, options.contentLocale);
    nodes.push(...fragment(html));
    last = match.index + token.length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

function checkElement(node: HastElement, file: string): void {
  if (!markdownElements.has(node.tagName)) throw new UnsafeContentError(file, `raw HTML <${node.tagName}> is not allowed`);
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name) || name === 'style' || name === 'srcDoc') throw new UnsafeContentError(file, `the attribute ${name} is not allowed`);
    if ((name === 'href' || name === 'src') && typeof value === 'string' && unsafeScheme.test(value)) {
      throw new UnsafeContentError(file, `the address "${value.slice(0, 40)}" is not allowed`);
    }
  }
}

function fillAttributes(node: HastElement, options: EntryHtmlOptions): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (typeof value !== 'string') continue;
    const decoded = safeDecode(value);
    const tokens = [...decoded.matchAll(factTokenPattern)];
    if (tokens.length === 0) continue;
    const [token, id = '', nameOnly] = tokens[0]!;
    if (name !== 'href' || tokens.length > 1 || decoded.trim() !== token || nameOnly) {
      throw new TokenPlaceError(options.file, token, name === 'href' ? 'part of a link target' : `an attribute (${name})`);
    }
    const fact = options.facts.get(id);
    if (!fact) throw new UnknownFactError(options.file, id);
    const href = factHref(fact);
    if (!href) throw new TokenPlaceError(options.file, token, `a link target (the fact is ${fact.kind}, not an address)`);
    node.properties[name] = href;
  }
}

function walk(parent: { children?: HastNode[] }, options: EntryHtmlOptions, inCode: boolean): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'raw') throw new UnsafeContentError(options.file, 'raw HTML is not allowed');
    if (node.type === 'text') {
      const value = (node as HastText).value;
      if (inCode) {
        const token = value.match(factTokenPattern)?.[0];
        if (token) throw new TokenPlaceError(options.file, token, 'code');
        continue;
      }
      const expanded = expandTokens(value, options);
      if (expanded) {
        children.splice(index, 1, ...expanded);
        index += expanded.length - 1;
      }
      continue;
    }
    if (!isElement(node)) continue;
    checkElement(node, options.file);
    fillAttributes(node, options);
    walk(node, options, inCode || node.tagName === 'code' || node.tagName === 'pre');
  }
}

function elements(root: { children?: HastNode[] }, visit: (node: HastElement) => void): void {
  for (const node of root.children ?? []) {
    if (isElement(node)) {
      visit(node);
      elements(node, visit);
    }
  }
}

const startsBadly = /^[^\p{L}]/u;

/** Heading ids that start with a digit get a `section-` prefix, and so do the links to them. */
function prefixHeadingIds(root: HastRoot): void {
  const renamed = new Set<string>();
  elements(root, (node) => {
    const id = node.properties['id'];
    if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string' && startsBadly.test(id)) {
      renamed.add(id);
      node.properties['id'] = `section-${id}`;
    }
  });
  if (renamed.size === 0) return;
  elements(root, (node) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = href.slice(1);
    if (renamed.has(target) || renamed.has(safeDecode(target))) node.properties['href'] = `#section-${target}`;
  });
}

/** Links to pages of the site lead to the same page in the reader's language. */
function localiseLinks(root: HastRoot, locale: Locale, pageSlugs: ReadonlySet<string>): void {
  if (locale === sourceLocale) return;
  elements(root, (node) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
    const cut = href.search(/[?#]/);
    const pathPart = cut === -1 ? href : href.slice(0, cut);
    if (!pathPart.endsWith('/')) return;
    const target = parsePageUrl(pathPart);
    if (target.locale !== sourceLocale || !pageSlugs.has(target.slug)) return;
    node.properties['href'] = `${pageUrl(locale, target.slug)}${cut === -1 ? '' : href.slice(cut)}`;
  });
}

function parse(html: string): HastRoot {
  return htmlToHast(html, { fragment: true }) as unknown as HastRoot;
}

function serialise(root: HastRoot): string {
  return toHtml(root as never, { characterReferences: { useNamedReferences: true } });
}

/** The rendered HTML of an entry, ready for its page. */
export function finishEntryHtml(html: string, options: EntryHtmlOptions): string {
  const root = parse(html);
  walk(root, options, false);
  prefixHeadingIds(root);
  if (options.contentLocale !== options.readerLocale) localiseLinks(root, options.readerLocale, options.pageSlugs);
  return serialise(root);
}

/** Heading ids made safe, on their own (tests, other renderers). */
export function safeHeadingIds(html: string): string {
  const root = parse(html);
  prefixHeadingIds(root);
  return serialise(root);
}

/** Links localised, on their own (tests). */
export function localiseInternalLinks(html: string, locale: Locale, pageSlugs: ReadonlySet<string>): string {
  const root = parse(html);
  localiseLinks(root, locale, pageSlugs);
  return serialise(root);
}
