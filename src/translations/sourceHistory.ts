import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceRevision } from './sourceRevision.ts';

/**
 * The revision a Vietnamese file had just before its latest change, read
 * from git: the committed version when the file has uncommitted edits,
 * otherwise the version before the last commit that touched it. `--typo` re-stamps only
 * translations that matched one of these, so a typo fix never hides an
 * earlier real change. Undefined when git does not know the file.
 */
export function recentRevisions(file: string, kind: 'markdown' | 'yaml', shared: readonly string[] = []): Set<string> | undefined {
  const absolute = path.resolve(file);
  const cwd = path.dirname(absolute);
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const relative = git('ls-files', '--full-name', '--', path.basename(absolute)).trim();
    if (relative === '') return undefined;
    const commits = git('log', '-2', '--format=%H', '--', path.basename(absolute)).split('\n').filter(Boolean);
    const at = (commit: string | undefined) => (commit ? sourceRevision(git('show', `${commit}:${relative}`), kind, shared) : undefined);
    const current = sourceRevision(readFileSync(absolute, 'utf8'), kind, shared);
    const committed = at(commits[0]);
    // Uncommitted fix: the version before it is the last commit's. Committed
    // fix: it is the version of the commit before that.
    const before = committed !== undefined && committed !== current ? committed : at(commits[1]);
    return new Set(before === undefined ? [] : [before]);
  } catch {
    return undefined;
  }
}
