import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { LocalizedCollection } from './contentTree.ts';
import { forgetContent, loadContent } from './loadContent.ts';
import { withSharedFields } from './sharedFields.ts';
import { sourceLocale } from '../i18n/locales.ts';

/**
 * Astro content loaders fed by src/model's one reading of the content folder,
 * so the site, the check, the search index and the translation status all
 * see the same text (NFC), the same frontmatter and the same ids. Astro still
 * validates each entry with the collection's schema and renders Markdown with
 * its own processor; unchanged entries (same digest) are not rendered again.
 */

/** A file's path as Astro wants it in its data store: relative to the project root. */
function storePath(context: LoaderContext, absolute: string): string {
  return path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
}

/** In `astro dev`: read the folder again and reload the collection when a file under it changes. */
function watchContent(context: LoaderContext, root: string, reload: () => Promise<void>): void {
  const absolute = path.resolve(root);
  context.watcher?.add(absolute);
  context.watcher?.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(absolute + path.sep)) return;
    forgetContent();
    void reload();
  });
}

/** A collection of per-language files: `pages`, `procedures`, `glossary`. Ids are `<locale>/<slug>`. */
export function localizedLoader(root: string, collection: LocalizedCollection, markdown: boolean): Loader {
  return {
    name: `content-model:${collection}`,
    load: async (context) => {
      const sync = async () => {
        const { store, parseData, generateDigest, renderMarkdown } = context;
        const seen = new Set<string>();
        const entries = loadContent(root).entries.filter((e) => e.collection === collection);
        const sources = new Map(entries.filter((e) => e.folder === sourceLocale).map((e) => [e.slug, e]));
        for (const entry of entries) {
          const id = `${entry.folder}/${entry.slug}`;
          seen.add(id);
          // A translation takes the shared fields from its source: it changes when either file does.
          const source = entry.folder === sourceLocale ? undefined : sources.get(entry.slug);
          const digest = generateDigest(source ? `${entry.text}\0${source.text}` : entry.text);
          if (store.get(id)?.digest === digest) continue;
          const filePath = storePath(context, entry.absolute);
          const fields = source ? withSharedFields(collection, source.fields?.data, entry.fields?.data) : entry.fields?.data;
          const data = await parseData({ id, data: (fields ?? {}) as Record<string, unknown>, filePath });
          const rendered = markdown ? await renderMarkdown(entry.body) : undefined;
          store.set({ id, data, filePath, digest, ...(markdown ? { body: entry.body } : {}), ...(rendered ? { rendered } : {}) });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}

/** How a data file lays out its entries. */
export type DataShape = { kind: 'entries' } | { kind: 'list' } | { kind: 'single'; id: string };

/** A YAML data file at the top of the content folder: `facts.yaml`, `site.yaml`… */
export function dataLoader(root: string, name: string, shape: DataShape): Loader {
  return {
    name: `content-model:${name}`,
    load: async (context) => {
      const sync = async () => {
        const { store, parseData } = context;
        const doc = loadContent(root).data.get(name);
        const data: unknown = doc?.data;
        const filePath = doc ? storePath(context, path.join(path.resolve(root), name)) : undefined;
        const entries: [string, Record<string, unknown>][] =
          shape.kind === 'single'
            ? [[shape.id, (data ?? {}) as Record<string, unknown>]]
            : shape.kind === 'list'
              ? (Array.isArray(data) ? (data as Record<string, unknown>[]) : []).map((item) => [String(item['id']), item])
              : Object.entries((data ?? {}) as Record<string, Record<string, unknown>>);
        store.clear();
        for (const [id, raw] of entries) {
          store.set({ id, data: await parseData({ id, data: raw, ...(filePath ? { filePath } : {}) }), ...(filePath ? { filePath } : {}) });
        }
      };
      await sync();
      watchContent(context, root, sync);
    },
  };
}
