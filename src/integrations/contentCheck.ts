import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../check/report';
import { runCheck } from '../check/runCheck';

/**
 * Runs the content check (the same as `npm run check`: content/ and every
 * file of the public folder) at the start of every
 * build, before any page is rendered, so a bad file stops the build with the
 * full report instead of shipping a broken page. In `astro dev` the report is
 * printed but the server keeps running, so staff can fix and reload.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const result = runCheck({ contentDir: options.contentDir, publicDir: fileURLToPath(config.publicDir) });
        const report = formatReport(result);
        if (result.errors.length === 0) {
          if (result.warnings.length > 0) logger.warn(`\n${report}`);
          else logger.info(report);
          return;
        }
        if (command === 'dev') {
          logger.error(`\n${report}`);
          return;
        }
        const error = new Error(`The content has errors; nothing was built.\n\n${report}\n`);
        error.name = 'ContentCheckError';
        // Astro prints the stack of an integration's error; the report is what matters.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
