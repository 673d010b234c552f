/**
 * Runs after `astro build` (see package.json `build`): writes the service
 * worker into the built site. Reads OUT_DIR (default ./dist) and CONTENT_DIR.
 */
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

allowSiteModules();
const { writeServiceWorker } = await import('../src/pwa/serviceWorkerBuild.ts');
const { contentRoot } = await import('../src/content/paths.ts');

const outDir = process.env['OUT_DIR'] ?? './dist';
const config = await writeServiceWorker({ outDir, contentDir: contentRoot });
console.log(`service worker: ${outDir}/sw.js keeps ${config.precache.length} files offline (version ${config.version})`);
