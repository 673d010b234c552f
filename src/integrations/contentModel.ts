import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { forgetContent } from '../model/loadContent.ts';

/**
 * In `astro dev`, forgets the content read by src/model when a file under
 * the content folder changes, so the next page load reads it again.
 */
export function contentModel({ contentDir }: { contentDir: string }): AstroIntegration {
  const root = path.resolve(contentDir);
  return {
    name: 'content-model',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(root + path.sep)) forgetContent();
        });
      },
    },
  };
}
