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
