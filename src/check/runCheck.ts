import { readContentTree, type ContentTree } from '../model/contentTree';
import type { Problem } from '../model/problem';
import { dateRule, todayInProvince } from './rules/dateRule';
import { fileSizeRule } from './rules/fileSizeRule';
import { journeyRule } from './rules/journeyRule';
import { phoneRule } from './rules/phoneRule';
import { publicFilesRule } from './rules/publicFilesRule';
import { rawHtmlRule } from './rules/rawHtmlRule';
import { referenceRule } from './rules/referenceRule';
import { routeRule } from './rules/routeRule';
import { schemaRule } from './rules/schemaRule';
import { slugParityRule } from './rules/slugParityRule';
import { urlRule } from './rules/urlRule';

/**
 * The content check: every rule over the whole content folder, every problem
 * collected so staff can fix them all in one go. Used by `npm run check`,
 * by the build (src/integrations/contentCheck.ts) and by `npm run new`.
 */

export interface CheckOptions {
  /** The content folder. */
  contentDir: string;
  /** The folder published as it is (public/); its files are checked when given. */
  publicDir?: string;
  /** Today as YYYY-MM-DD in the province; tests fix it. */
  today?: string;
}

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
}

export const rules: ReadonlyArray<(tree: ContentTree, today: string) => Problem[]> = [
  (tree) => tree.problems,
  schemaRule,
  slugParityRule,
  routeRule,
  referenceRule,
  journeyRule,
  phoneRule,
  urlRule,
  dateRule,
  rawHtmlRule,
  fileSizeRule,
];

/** Problems in file order; one message per file, line and field (the first rule to notice it wins). */
function sortAndDeduplicate(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.severity}|${p.file}|${p.line}|${p.field}|${p.field === 'text' ? p.en.wrong : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function runCheck(options: CheckOptions): CheckResult {
  const tree = readContentTree(options.contentDir);
  const today = options.today ?? todayInProvince();
  const problems = sortAndDeduplicate([
    ...rules.flatMap((rule) => rule(tree, today)),
    ...(options.publicDir === undefined ? [] : publicFilesRule(options.publicDir)),
  ]);
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
