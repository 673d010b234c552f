import path from 'node:path';
import { type ContentTree, readContentTree } from './contentTree.ts';

/**
 * The content folder, read once per process and shared by everything that
 * asks about it during a build (the site's collections, the search index,
 * the translation status, the service worker). `npm run check` reads afresh
 * with readContentTree. In `astro dev` the tree is read again whenever a file
 * under it changes (see src/model/astroLoaders.ts), so edits show on
 * the next reload.
 */
// Kept on globalThis so the copy of this module that Astro's dev server
// loads and the copy the integration loads share one cache.
const key = Symbol.for('public-service-portal.contentTrees');
const shared = globalThis as typeof globalThis & { [key]?: Map<string, ContentTree> };
const trees: Map<string, ContentTree> = (shared[key] ??= new Map());

export function loadContent(root: string): ContentTree {
  const absolute = path.resolve(root);
  let tree = trees.get(absolute);
  if (!tree) {
    tree = readContentTree(absolute);
    trees.set(absolute, tree);
  }
  return tree;
}

/** Forgets what was read, so the next question reads the folder again (dev server, tests). */
export function forgetContent(): void {
  trees.clear();
}
