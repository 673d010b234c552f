import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

/** One problem a gate found: the built file it is in and what is wrong, in words. */
export interface GateProblem {
  /** Path of the file inside the built folder, for example `en/hotlines/index.html`. */
  file: string;
  message: string;
}

/** Problems as `file: message` lines, which read well in a failing test's diff. */
export function problemLines(problems: readonly GateProblem[]): string[] {
  return problems.map((p) => `${p.file}: ${p.message}`);
}

/** Every file in a built site folder, as paths relative to it with `/` separators, sorted. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page in a built site folder. */
export async function builtPages(dir: string): Promise<string[]> {
  return (await builtFiles(dir)).filter((f) => f.endsWith('.html'));
}

/** The URL path a built page is served at: `en/hotlines/index.html` → `/en/hotlines/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The Decap CMS editor at /admin/ is for staff on office connections, not for
 * citizens; it is a large single-page application by design, so the page
 * budgets and the static CSP shape checks do not apply to it. Links, HTML
 * validity and third-party checks still do.
 */
export function isStaffPage(file: string): boolean {
  return file === 'admin/index.html' || file.startsWith('admin/');
}

export function readText(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8');
}

/** One element of a built page, as the HTML parser (parse5) read it. */
export interface PageElement {
  /** Lower-case tag name, for example `script`. */
  tagName: string;
  /** Attributes with lower-case names and decoded values; a valueless attribute maps to ''. */
  attributes: Map<string, string>;
  /** Where its start tag begins in the page's source. */
  index: number;
  /** The text it directly contains (a script's code). */
  text: string;
  /** Whether it sits inside `<head>`. */
  inHead: boolean;
}

type ParsedNode = DefaultTreeAdapterMap['node'];

/**
 * Every element of a page in document order, read with an HTML parser (the
 * one browsers' algorithm is specified by), never with regexes: quotes,
 * character references, comments and odd attribute orders cannot hide a tag.
 * The contents of `<template>` elements are included.
 */
export function pageElements(html: string): PageElement[] {
  const found: PageElement[] = [];
  const visit = (node: ParsedNode, inHead: boolean) => {
    let childrenInHead = inHead;
    if ('tagName' in node) {
      const element = node as DefaultTreeAdapterMap['element'];
      found.push({
        tagName: element.tagName.toLowerCase(),
        attributes: new Map(element.attrs.map((a) => [a.name.toLowerCase(), a.value])),
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
export function isExecutableScript(attributes: Map<string, string>): boolean {
  const type = (attributes.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
