import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The day a Vietnamese source file last changed, for the "the Vietnamese page
 * was updated on …" notice: the date of the last commit that touched it, from
 * git; where git knows nothing of the file (a copy outside the repository, a
 * file never committed) the page's own `reviewed` date.
 */
const cache = new Map<string, Date | undefined>();

export function lastCommitDate(file: string): Date | undefined {
  const absolute = path.resolve(file);
  if (cache.has(absolute)) return cache.get(absolute);
  let date: Date | undefined;
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%cI', '--', path.basename(absolute)], {
      cwd: path.dirname(absolute),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (output !== '') date = new Date(output);
  } catch {
    date = undefined;
  }
  cache.set(absolute, date);
  return date;
}

export function sourceUpdatedDate(file: string, reviewed: Date | undefined): Date | undefined {
  return lastCommitDate(file) ?? reviewed;
}
