import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { narrowPagePolicy } from './pagePolicy';

/** Narrows the CSP <meta> of every built page (src/build/pagePolicy.ts). */
export async function narrowPagePolicies(outDir: string): Promise<{ pages: number; dropped: number }> {
  let pages = 0;
  let dropped = 0;
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const result = narrowPagePolicy(await readFile(file, 'utf8'));
    if (result.dropped === 0) continue;
    await writeFile(file, result.html);
    pages += 1;
    dropped += result.dropped;
  }
  return { pages, dropped };
}
