import { HtmlValidate } from 'html-validate';
import { type GateProblem, builtPages, readText } from './builtPages.ts';

/**
 * html-validate's recommended preset, with no rule switched off: every built
 * page must have 0 errors. (If a rule ever has to be switched off, say why
 * here, next to it.)
 */
const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });

/** Validates every HTML page in a built site folder (or only `files` of it); each error becomes one problem. */
export async function checkHtmlValidity(dir: string, files?: readonly string[]): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  for (const file of files ?? (await builtPages(dir))) {
    const report = await validator.validateString(await readText(dir, file), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ file, message: `${m.ruleId}: ${m.message} (line ${m.line}, ${m.selector ?? 'document'})` });
      }
    }
  }
  return problems;
}
