import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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

/** One start tag's attributes, lower-cased names; valueless attributes map to ''. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every `<tagName …>` start tag in a page, with its attributes. */
export function startTags(html: string, tagName: string): { tag: string; index: number; attributes: Map<string, string> }[] {
  const pattern = new RegExp(`<${tagName}(?=[\\s>/])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => ({ tag: m[0], index: m.index, attributes: tagAttributes(m[0]) }));
}

/** Every `<script>` element: its attributes, its inline text and where it starts. */
export function scriptElements(html: string): { attributes: Map<string, string>; text: string; index: number }[] {
  return [...html.matchAll(/(<script(?=[\s>])(?:"[^"]*"|'[^']*'|[^'">])*>)([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
    attributes: tagAttributes(m[1]!),
    text: m[2]!,
    index: m.index,
  }));
}

/** Whether a script element runs as code (JSON-LD and other data blocks do not). */
export function isExecutableScript(attributes: Map<string, string>): boolean {
  const type = (attributes.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
