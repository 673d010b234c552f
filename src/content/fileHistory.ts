import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contentRoot } from './paths';

/**
 * When a content file last changed, from git, for "last updated". The date
 * is the commit's, so building the same commit twice gives the same page.
 * Undefined when there is no usable history: the file is not committed, the
 * folder is not a git repository, or the clone is shallow (its oldest commit
 * would claim to have changed every file), so callers fall back to `reviewed`.
 */

const cache = new Map<string, Date | undefined>();
const shallowByFolder = new Map<string, boolean>();

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function isShallow(folder: string): boolean {
  let shallow = shallowByFolder.get(folder);
  if (shallow === undefined) {
    shallow = git(['rev-parse', '--is-shallow-repository'], folder) === 'true';
    shallowByFolder.set(folder, shallow);
  }
  return shallow;
}

export function lastCommitDate(file: string): Date | undefined {
  const absolute = path.resolve(file);
  if (cache.has(absolute)) return cache.get(absolute);
  let date: Date | undefined;
  try {
    const folder = path.dirname(absolute);
    if (!isShallow(folder)) {
      const iso = git(['log', '-1', '--format=%cI', '--', path.basename(absolute)], folder);
      date = iso === '' ? undefined : new Date(iso);
    }
  } catch {
    date = undefined;
  }
  cache.set(absolute, date);
  return date;
}

/** The file's path in the repository, for "edit this page": `content/pages/vi/about.md`. */
export function repositoryPath(file: string): string {
  const relative = path.relative(path.resolve(contentRoot), path.resolve(file)).split(path.sep).join('/');
  return `content/${relative}`;
}
