import { SAXParser, type StartTag } from 'parse5-sax-parser';

/**
 * Built pages read with an HTML tokenizer (parse5's, the WHATWG algorithm,
 * streamed: no tree is built), never with regexes: attribute order, quotes,
 * character references, comments and the text of scripts cannot fool the
 * post-build steps. Questions about the <head> stop reading at <body>, so
 * asking them of every page of a large site stays cheap.
 */

/** One start tag: its lower-case name, its attributes (decoded), and where each attribute is in the source. */
export interface PageTag {
  tagName: string;
  attributes: Map<string, string>;
  /** Start and end offsets of each attribute in the page's source. */
  attributeOffsets: Record<string, { startOffset: number; endOffset: number }>;
}

/** An inline script: its attributes and its text exactly as the page carries it. */
export interface InlineScript {
  attributes: Map<string, string>;
  text: string;
}

export interface PageTags {
  tags: PageTag[];
  /** `<script>` elements without `src`, with their text. */
  inlineScripts: InlineScript[];
}

function pageTag(token: StartTag): PageTag {
  return {
    tagName: token.tagName,
    attributes: new Map(token.attrs.map((a) => [a.name.toLowerCase(), a.value])),
    // With sourceCodeLocationInfo, a start tag's location carries its attributes' (parse5's LocationWithAttributes).
    attributeOffsets: (token.sourceCodeLocation as { attrs?: PageTag['attributeOffsets'] } | undefined)?.attrs ?? {},
  };
}

/** The start tags of a page in order, and its inline scripts; with `headOnly`, up to <body>. */
export function readPageTags(html: string, options: { headOnly?: boolean } = {}): PageTags {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const tags: PageTag[] = [];
  const inlineScripts: InlineScript[] = [];
  let script: InlineScript | undefined;
  parser.on('startTag', (token) => {
    if (options.headOnly && token.tagName === 'body') {
      parser.stop();
      return;
    }
    const tag = pageTag(token);
    tags.push(tag);
    if (tag.tagName === 'script' && !tag.attributes.has('src')) script = { attributes: tag.attributes, text: '' };
  });
  parser.on('text', (token) => {
    if (script) script.text += token.text;
  });
  parser.on('endTag', (token) => {
    if (token.tagName === 'script' && script) {
      inlineScripts.push(script);
      script = undefined;
    }
  });
  parser.end(html);
  return { tags, inlineScripts };
}

/** The first `<meta>` of a page's head whose `attribute` is `value` (any case). */
export function headMeta(html: string, attribute: 'http-equiv' | 'name', value: string): PageTag | undefined {
  return readPageTags(html, { headOnly: true }).tags.find(
    (t) => t.tagName === 'meta' && t.attributes.get(attribute)?.toLowerCase() === value.toLowerCase(),
  );
}

/** The content of a page's `<meta http-equiv="…">`, or undefined when it has none. */
export function metaHttpEquiv(html: string, name: string): string | undefined {
  return headMeta(html, 'http-equiv', name)?.attributes.get('content');
}

/** The site-relative addresses a page's links, scripts and styles point at. */
export function linkedAddresses(html: string): string[] {
  return readPageTags(html).tags.flatMap((t) => [t.attributes.get('href'), t.attributes.get('src')].filter((v): v is string => v !== undefined));
}
