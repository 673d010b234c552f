/**
 * `npm run check`: checks all content and prints every problem at once.
 * Exit code 1 when there is an error. Reads CONTENT_DIR (default ./content)
 * and PUBLIC_DIR (default ./public).
 */
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

allowSiteModules();
const { runCheck } = await import('../src/check/runCheck.ts');
const { formatReport } = await import('../src/check/report.ts');
const { contentRoot, publicRoot } = await import('../src/content/paths.ts');

const result = runCheck({ contentDir: contentRoot, publicDir: publicRoot });
const report = formatReport(result);
if (result.errors.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
