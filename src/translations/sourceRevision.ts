import { createHash } from 'node:crypto';
import { parse as parseYaml, parseDocument, Scalar } from 'yaml';
import { joinMarkdown, splitMarkdown } from '../model/frontmatter.ts';

/**
 * A short fingerprint of a Vietnamese source file, written into each
 * translation as `sourceRevision` by `npm run i18n:stamp`. When the source
 * changes, its fingerprint no longer matches and the translation is outdated.
 *
 * The fingerprint ignores what does not change the meaning a translator
 * follows: line endings, Unicode composition (Vietnamese tones can be typed
 * composed or decomposed), trailing spaces, runs of blank lines, the order of
 * frontmatter keys, the fields listed in `ignoredFields`, and the fields
 * translations take from their source (`shared`, src/schemas/sharedFieldNames.ts):
 * a new online address changes every language at once, with nothing to
 * translate.
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

/** The YAML fields and the text of a file: a Markdown file's frontmatter and body, or a whole YAML file. */
function fieldsAndBody(text: string, kind: 'markdown' | 'yaml'): { fields: string; body: string } {
  if (kind === 'yaml') return { fields: text, body: '' };
  const { frontmatter, body } = splitMarkdown(text, '');
  return { fields: frontmatter ?? '', body: frontmatter === undefined ? text : body };
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

function meaningfulFields(data: unknown, shared: readonly string[]): Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const field of [...ignoredFields, ...shared]) delete copy[field];
  return copy;
}

/** The fingerprint of a source file's text: 12 hexadecimal characters of its SHA-256. */
export function sourceRevision(text: string, kind: 'markdown' | 'yaml', shared: readonly string[] = []): string {
  let canonical: string;
  const { fields, body } = fieldsAndBody(text, kind);
  canonical = canonicalJson(meaningfulFields(parseYaml(fields), shared));
  if (kind === 'markdown') canonical += `\n${normaliseText(body)}`;
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 12);
}

/** The `sourceRevision` a translation file records, if any. */
export function recordedRevision(text: string, kind: 'markdown' | 'yaml'): string | undefined {
  const data: unknown = parseYaml(fieldsAndBody(text, kind).fields);
  if (data === null || typeof data !== 'object') return undefined;
  const value = (data as Record<string, unknown>)['sourceRevision'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The translation's text with `sourceRevision` set to `revision`, edited
 * through the YAML library's Document API: an existing field is updated,
 * otherwise one is added at the end of the fields. Comments, quoting and the
 * order of the other fields are kept.
 */
export function withRecordedRevision(text: string, kind: 'markdown' | 'yaml', revision: string): string {
  const { frontmatter, body } = kind === 'markdown' ? splitMarkdown(text, '') : { frontmatter: text, body: '' };
  if (frontmatter === undefined) throw new Error('expected YAML frontmatter between --- lines at the top of the file');
  const doc = parseDocument(frontmatter);
  const value = new Scalar(revision);
  value.type = Scalar.QUOTE_DOUBLE;
  doc.set('sourceRevision', value);
  const fields = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return kind === 'markdown' ? joinMarkdown(fields, body) : fields;
}
