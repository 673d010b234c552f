import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { SAXParser } from 'parse5-sax-parser';

/**
 * Built pages read with an HTML parser (parse5, the WHATWG algorithm), never
 * with regexes: attribute order, quotes, character references, comments and
 * the text of scripts cannot fool the post-build steps or the test gates.
 * Whole pages are read as a tree (pageElements); questions about the <head>
 * alone stream through parse5's tokenizer and stop at <body> (headMeta), so
 * asking them of every page of a large site stays cheap.
 */

/** Start and end offsets of something in the page's source. */
export interface SourceSpan {
  startOffset: number;
  endOffset: number;
}

/** One element of a built page. */
export interface PageElement {
  /** Lower-case tag name, for example `script`. */
  tagName: string;
  /** Attributes with lower-case names and decoded values; a valueless attribute maps to ''. */
  attributes: Map<string, string>;
  /** Where each attribute is in the page's source, by name. */
  attributeOffsets: Record<string, SourceSpan>;
  /** Where its start tag begins in the page's source. */
  index: number;
  /** The text it directly contains (a script's code, exactly as the page carries it). */
  text: string;
  /** Whether it sits inside `<head>`. */
  inHead: boolean;
}

type ParsedNode = DefaultTreeAdapterMap['node'];

/** Every element of a page in document order, the contents of `<template>` elements included. */
export function pageElements(html: string): PageElement[] {
  const found: PageElement[] = [];
  const visit = (node: ParsedNode, inHead: boolean) => {
    let childrenInHead = inHead;
    if ('tagName' in node) {
      const element = node as DefaultTreeAdapterMap['element'];
      found.push({
        tagName: element.tagName.toLowerCase(),
        attributes: new Map(element.attrs.map((a) => [a.name.toLowerCase(), a.value])),
        attributeOffsets: element.sourceCodeLocation?.attrs ?? {},
        index: element.sourceCodeLocation?.startOffset ?? -1,
        text: element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join(''),
        inHead,
      });
      childrenInHead = inHead || element.tagName === 'head';
      if (element.tagName === 'template') visit((element as DefaultTreeAdapterMap['template']).content, childrenInHead);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, childrenInHead);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), false);
  return found;
}

/** Every `<tagName>` element of a parsed page. */
export function elementsNamed(elements: readonly PageElement[], tagName: string): PageElement[] {
  return elements.filter((e) => e.tagName === tagName);
}

/** Whether a script element runs as code (JSON-LD and other data blocks do not). */
export function isExecutableScript(attributes: ReadonlyMap<string, string>): boolean {
  const type = (attributes.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** The attributes of the first `<meta>` of a page's head whose `attribute` is `value` (any case). */
export function headMeta(html: string, attribute: 'http-equiv' | 'name', value: string): Map<string, string> | undefined {
  const parser = new SAXParser();
  let found: Map<string, string> | undefined;
  parser.on('startTag', (token) => {
    if (token.tagName === 'body') {
      parser.stop();
      return;
    }
    if (found || token.tagName !== 'meta') return;
    const attributes = new Map(token.attrs.map((a) => [a.name.toLowerCase(), a.value]));
    if (attributes.get(attribute)?.toLowerCase() === value.toLowerCase()) {
      found = attributes;
      parser.stop();
    }
  });
  parser.end(html);
  return found;
}

/** The content of a page's `<meta http-equiv="…">`, or undefined when it has none. */
export function metaHttpEquiv(html: string, name: string): string | undefined {
  return headMeta(html, 'http-equiv', name)?.get('content');
}

/** The site-relative addresses a page's links, scripts and styles point at. */
export function linkedAddresses(html: string): string[] {
  return pageElements(html).flatMap((e) => [e.attributes.get('href'), e.attributes.get('src')].filter((v): v is string => v !== undefined));
}
