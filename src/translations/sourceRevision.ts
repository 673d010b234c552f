import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

/**
 * A short fingerprint of a Vietnamese source file, written into each
 * translation as `sourceRevision` by `npm run i18n:stamp`. When the source
 * changes, its fingerprint no longer matches and the translation is outdated.
 *
 * The fingerprint ignores what does not change the meaning a translator
 * follows: line endings, Unicode composition (Vietnamese tones can be typed
 * composed or decomposed), trailing spaces, runs of blank lines, the order of
 * frontmatter keys, and the fields listed in `ignoredFields`.
 */

/** Frontmatter fields whose change never calls for a new translation. */
export const ignoredFields: readonly string[] = ['reviewed', 'sourceRevision', 'order', 'keywords'];

/** Normalises text so that invisible differences do not change the fingerprint. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits a Markdown file into its YAML frontmatter and its body; files without frontmatter have an empty one. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: '', body: text };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/** JSON with object keys sorted at every level, so key order never matters. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(normaliseText(value));
  return JSON.stringify(value ?? null);
}

function meaningfulFields(data: unknown): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const field of ignoredFields) delete copy[field];
  return copy;
}

/** The fingerprint of a source file's text: 12 hexadecimal characters of its SHA-256. */
export function sourceRevision(text: string, kind: 'markdown' | 'yaml'): string {
  let canonical: string;
  if (kind === 'markdown') {
    const { frontmatter, body } = splitFrontmatter(text);
    canonical = `${canonicalJson(meaningfulFields(parseYaml(frontmatter)))}\n${normaliseText(body)}`;
  } else {
    canonical = canonicalJson(meaningfulFields(parseYaml(text)));
  }
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 12);
}

/** The `sourceRevision` a translation file records, if any. */
export function recordedRevision(text: string, kind: 'markdown' | 'yaml'): string | undefined {
  const data: unknown = parseYaml(kind === 'markdown' ? splitFrontmatter(text).frontmatter : text);
  if (data === null || typeof data !== 'object') return undefined;
  const value = (data as Record<string, unknown>)['sourceRevision'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The translation's text with `sourceRevision` set to `revision`: an existing
 * line is replaced, otherwise one is added at the end of the frontmatter (or
 * of the YAML file). Nothing else in the file changes.
 */
export function withRecordedRevision(text: string, kind: 'markdown' | 'yaml', revision: string): string {
  const line = `sourceRevision: "${revision}"`;
  const existing = /^sourceRevision:.*$/m;
  if (kind === 'yaml') {
    if (existing.test(text)) return text.replace(existing, line);
    return `${text.replace(/\s*$/, '')}\n${line}\n`;
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error('expected YAML frontmatter between --- lines at the top of the file');
  const frontmatter = match[1] ?? '';
  const updated = existing.test(frontmatter) ? frontmatter.replace(existing, line) : `${frontmatter.replace(/\s*$/, '')}\n${line}`;
  return `---\n${updated}\n---\n${text.slice(match[0].length)}`;
}
