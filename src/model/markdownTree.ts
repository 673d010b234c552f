import { markdownToMdast } from 'satteri';
import { factTokenPattern } from './factTokens.ts';

/**
 * What the content rules need from a Markdown text, read from the syntax tree
 * (mdast) of the very parser that renders the site (Sätteri, Astro's Markdown
 * processor), so the check sees raw HTML, links and fact tokens exactly where
 * the renderer will. A line scanner of our own disagreed with the renderer
 * about escaped backticks and fences, and let HTML through.
 */

export interface Located {
  /** The text found: a link target, an HTML fragment, a token's fact id. */
  text: string;
  /** The line of the file, counted from 1. */
  line: number;
}

/** Where a fact token sits. Only running text and link targets can hold one. */
export type TokenPlace = 'text' | 'link target' | 'link title' | 'image description' | 'code';

export interface FactTokenUse extends Located {
  place: TokenPlace;
}

export interface MarkdownFacts {
  /** Raw HTML: tags, comments, processing instructions, as the renderer would pass them through. */
  html: Located[];
  /** Link and image targets, reference definitions and autolinks. */
  links: Located[];
  /** Every `{{fact}}` token and where it sits. */
  tokens: FactTokenUse[];
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  alt?: string | null;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** The parser's options: the features the site renders with (GitHub-flavoured Markdown on). */
const features = { gfm: true };

export function parseMarkdown(body: string): MdNode {
  return markdownToMdast(body, { features }) as unknown as MdNode;
}

const cache = new WeakMap<object, MarkdownFacts>();

/** The facts of an entry's Markdown body, parsed once per entry. */
export function markdownFacts(entry: { body: string; bodyLine: number }): MarkdownFacts {
  let facts = cache.get(entry);
  if (!facts) {
    facts = inspectMarkdown(entry.body, entry.bodyLine);
    cache.set(entry, facts);
  }
  return facts;
}

export function inspectMarkdown(body: string, firstLine: number): MarkdownFacts {
  const facts: MarkdownFacts = { html: [], links: [], tokens: [] };
  const lineOf = (node: MdNode) => (node.position?.start.line ?? 1) + firstLine - 1;
  const tokens = (text: string | null | undefined, line: number, place: TokenPlace) => {
    for (const match of (text ?? '').matchAll(factTokenPattern)) facts.tokens.push({ text: match[1]!, line, place });
  };
  const visit = (node: MdNode) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'html':
        facts.html.push({ text: node.value ?? '', line });
        break;
      case 'text':
        tokens(node.value, line, 'text');
        break;
      case 'inlineCode':
      case 'code':
        tokens(node.value, line, 'code');
        break;
      case 'link':
      case 'image':
      case 'definition':
        facts.links.push({ text: node.url ?? '', line });
        tokens(node.url, line, 'link target');
        tokens(node.title, line, 'link title');
        if (node.type === 'image') tokens(node.alt, line, 'image description');
        break;
    }
    node.children?.forEach(visit);
  };
  visit(parseMarkdown(body));
  return facts;
}

/** The plain text of a node: its text and code, without marks or link targets. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** The headings of a Markdown text between two depths (## to #### by default), as plain text. */
export function markdownHeadings(body: string, minDepth = 2, maxDepth = 4): string[] {
  const headings: string[] = [];
  const visit = (node: MdNode & { depth?: number }) => {
    if (node.type === 'heading' && node.depth !== undefined && node.depth >= minDepth && node.depth <= maxDepth) {
      const text = plainText(node).trim();
      if (text) headings.push(text);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parseMarkdown(body));
  return headings;
}
