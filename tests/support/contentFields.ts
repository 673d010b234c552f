import path from 'node:path';
import { loadContent } from '../../src/model/loadContent';

/**
 * The fields of one content file (`procedures/en/x.md`, relative to the
 * content folder), read by the site's own content reader, so a test sees the
 * fields the build saw.
 */
export function contentFields(contentDir: string, file: string): Record<string, unknown> {
  const absolute = path.resolve(contentDir, file);
  const entry = loadContent(contentDir).entries.find((e) => e.absolute === absolute);
  if (!entry?.fields) throw new Error(`${file}: no such content file in ${contentDir}, or its fields cannot be read`);
  return entry.fields.data as Record<string, unknown>;
}
