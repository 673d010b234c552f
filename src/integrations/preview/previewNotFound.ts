import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `astro preview` answers every unknown address with dist/404.html, the
 * Vietnamese page. nginx (deploy/) serves each language's own 404 page; this
 * makes `npm start` and `npm run preview` do the same. It acts only under
 * `astro preview`, by giving preview its own small static server: the build
 * and its output are untouched.
 */
export function previewNotFound(): AstroIntegration {
  let command = '';
  return {
    name: 'portal:preview-not-found',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ setAdapter }) => {
        if (command !== 'preview') return;
        setAdapter({
          name: 'portal:preview-not-found',
          previewEntrypoint: fileURLToPath(new URL('./previewServer.ts', import.meta.url)),
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
          adapterFeatures: { buildOutput: 'static' },
          entrypointResolution: 'auto',
        });
      },
    },
  };
}
