import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nginxCspInclude, serverConfigDir, siteHashes } from '../../scripts/nginx-csp.ts';
import { precompress } from '../../scripts/precompress.ts';
import { writeServiceWorker } from '../pwa/serviceWorkerBuild';
import { narrowPagePolicies } from '../build/narrowPagePolicies';
import { writeFileSafely } from '../build/writeFileSafely';

/**
 * What happens to the built site after Astro has written every page, in one
 * place and in this order (the last integration in astro.config.mjs, so the
 * sitemap is written before it):
 *
 * 1. each page's CSP <meta> narrowed to the hashes of its own inline scripts
 *    (src/build/pagePolicy.ts), first, so that everything after reads the
 *    final pages;
 * 2. the service worker (`sw.js`): the site shell and the offline and help
 *    pages, hashed from the built files (src/pwa/serviceWorkerBuild.ts);
 * 3. the nginx include with the script and style hashes every page's CSP
 *    <meta> allows (scripts/nginx-csp.ts), for the HTTP header, written
 *    beside the published folder (`dist-server/`), never into it;
 * 4. precompressed `.gz` and `.br` copies of every text file, last, so that
 *    they include `sw.js` (scripts/precompress.ts).
 *
 * `astro build` therefore produces a complete site; there is no second command.
 */
export function postBuild(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const narrowed = await narrowPagePolicies(outDir);
        logger.info(`page CSP: ${narrowed.pages} pages allow only their own inline scripts (${narrowed.dropped} hashes dropped)`);

        const sw = await writeServiceWorker({ outDir, contentDir: options.contentDir });
        logger.info(`service worker: sw.js keeps ${sw.precache.length} files offline (version ${sw.version})`);

        const hashes = siteHashes(outDir);
        const csp = path.join(serverConfigDir(outDir), 'csp.conf');
        writeFileSafely(csp, nginxCspInclude(hashes));
        logger.info(`nginx CSP: ${path.relative(process.cwd(), csp)} allows ${hashes['script-src'].length} script and ${hashes['style-src'].length} style hashes`);

        const result = await precompress(outDir);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(
          `precompress: ${result.compressed} files got .gz and .br copies (${kb(result.originalBytes)} -> ${kb(result.gzipBytes)} gzip); ${result.skipped} too small to gain`,
        );
      },
    },
  };
}
