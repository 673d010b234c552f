import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../model/contentTree';
import type { Problem } from '../../model/problem';
import { readableSize, sizeLimitOf } from '../sizeLimits';

/**
 * No file in content/ or public/ may be larger than the limit for its kind
 * (src/check/sizeLimits.ts): everything in them is published to readers on
 * slow connections.
 */

/** The problem with one file's size, or undefined when it is within its limit. */
export function fileSizeProblem(absolute: string): Problem | undefined {
  const limit = sizeLimitOf(absolute);
  if (!limit) return undefined;
  const stats = lstatSync(absolute);
  if (!stats.isFile() || stats.size <= limit.bytes) return undefined;
  return {
    severity: 'error',
    file: displayPath(absolute),
    line: 1,
    field: 'file size',
    en: { wrong: `the file is ${readableSize(stats.size)}`, expected: `at most ${readableSize(limit.bytes)}: ${limit.instead.en}` },
    vi: { wrong: `tệp nặng ${readableSize(stats.size)}`, expected: `tối đa ${readableSize(limit.bytes)}: ${limit.instead.vi}` },
  };
}

/** Every file under a folder that is over its limit. */
export function folderSizeProblems(folder: string): Problem[] {
  const root = path.resolve(folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fileSizeProblem(path.join(entry.parentPath, entry.name)))
    .filter((problem): problem is Problem => problem !== undefined);
}

/** The rule over the content folder. */
export function fileSizeRule(tree: { root: string }): Problem[] {
  return folderSizeProblems(tree.root);
}
