import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { readText } from './readText.ts';

/**
 * The address in content/site.yaml, for Astro's `site` setting, read when
 * astro.config.mjs loads — before the content check can run. A missing,
 * unreadable or malformed file gives undefined instead of a stack trace; the
 * content check that starts the build then names the file, line and field.
 */
export function readSiteAddress(contentDir: string): string | undefined {
  const file = path.join(contentDir, 'site.yaml');
  if (!existsSync(file)) return undefined;
  const doc = parseDocument(readText(file));
  if (doc.errors.length > 0) return undefined;
  const url: unknown = doc.get('url');
  return typeof url === 'string' && URL.canParse(url) ? url : undefined;
}
