import path from 'node:path';
import { lastCommitDate as lastCommitIn } from '../model/gitDates.ts';
import { contentRoot } from './paths.ts';

/**
 * When a content file last changed, for "last updated": the date of the last
 * commit that touched it, from one `git log` pass over the content folder
 * (src/model/gitDates.ts). Undefined when git has no usable history of it, so
 * callers fall back to `reviewed`.
 */
export function lastCommitDate(file: string): Date | undefined {
  return lastCommitIn(file, contentRoot);
}

/** The file's path in the repository, for "edit this page": `content/pages/vi/about.md`. */
export function repositoryPath(file: string): string {
  const relative = path.relative(path.resolve(contentRoot), path.resolve(file)).split(path.sep).join('/');
  return `content/${relative}`;
}
