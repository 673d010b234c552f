import { htmlToHast } from 'satteri';

/**
 * Built pages read with an HTML parser (the one Astro's Markdown processor
 * ships, Sätteri's htmlToHast), never with regexes: attribute order, quotes,
 * character references and comments then cannot fool the post-build steps.
 */

export interface HtmlElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | { type: string; children?: HtmlNode[] };

export function parseHtmlDocument(html: string): HtmlNode {
  return htmlToHast(html) as unknown as HtmlNode;
}

/** Every element of a parsed page, in document order. */
export function elementsOf(node: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (current: HtmlNode) => {
    if (current.type === 'element') found.push(current as HtmlElement);
    current.children?.forEach(visit);
  };
  visit(node);
  return found;
}

/** An attribute as text (a token list such as `rel` joined by spaces), or undefined. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value : undefined;
}

/** The content of a page's `<meta http-equiv="…">`, or undefined when it has none. */
export function metaHttpEquiv(html: string, name: string): string | undefined {
  const meta = elementsOf(parseHtmlDocument(html)).find(
    (e) => e.tagName === 'meta' && attribute(e, 'httpEquiv')?.toLowerCase() === name.toLowerCase(),
  );
  return meta ? attribute(meta, 'content') : undefined;
}

/** The site-relative addresses a page's links, scripts and styles point at. */
export function linkedAddresses(html: string): string[] {
  return elementsOf(parseHtmlDocument(html)).flatMap((e) =>
    [attribute(e, 'href'), attribute(e, 'src')].filter((v): v is string => v !== undefined),
  );
}
