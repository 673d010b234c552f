import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temporary copy of a built site folder, to break on purpose; the original is never touched. */
export interface BrokenCopy {
  dir: string;
  /** Inserts markup just before `</main>` (or `</body>`) of one page. */
  inject: (file: string, markup: string) => Promise<void>;
  cleanup: () => Promise<void>;
}

export async function copyBuiltSite(sourceDir: string): Promise<BrokenCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-broken-dist-'));
  await cp(sourceDir, dir, { recursive: true });
  return {
    dir,
    inject: async (file, markup) => {
      const target = path.join(dir, file);
      const html = await readFile(target, 'utf8');
      const at = html.includes('</main>') ? html.lastIndexOf('</main>') : html.lastIndexOf('</body>');
      if (at < 0) throw new Error(`${file} has neither </main> nor </body>`);
      await writeFile(target, html.slice(0, at) + markup + html.slice(at));
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
