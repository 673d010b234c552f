import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * When each content file last changed, from ONE `git log` over the content
 * folder (Starlight reads its "last updated" dates the same way). The date
 * is the commit's, so building the same commit twice gives the same pages.
 *
 * A file has no date (callers fall back to its `reviewed` field) when git
 * does not know it (not committed, not a repository), or when the only commit
 * that touched it is the boundary of a shallow clone: that commit is marked
 * "grafted" and claims to have added every file on the day of the clone.
 */
export type GitDates = ReadonlyMap<string, Date>;

const COMMIT = '\u0001';

/** Reads `git log` output: a commit line (marker, ISO date, decorations), then the files it touched. */
export function parseGitLog(output: string, folder: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const seen = new Set<string>();
  let date: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(COMMIT)) {
      const [iso = '', decorations = ''] = line.slice(1).split(COMMIT);
      const grafted = decorations.split(', ').includes('grafted');
      date = grafted ? undefined : new Date(iso);
      continue;
    }
    if (line === '') continue;
    const file = path.resolve(folder, line);
    if (seen.has(file)) continue;
    seen.add(file);
    if (date) dates.set(file, date);
  }
  return dates;
}

/** The top of the git work tree holding `folder` (where `.git` is), found without starting a process. */
function workTreeTop(folder: string): string | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const byFolder = new Map<string, GitDates>();

/** Every file under `folder` with the date of the last commit that changed it; empty outside git. */
export function gitDates(folder: string): GitDates {
  const absolute = path.resolve(folder);
  let dates = byFolder.get(absolute);
  if (!dates) {
    const top = workTreeTop(absolute);
    try {
      if (!top) throw new Error('not in a git work tree');
      // Paths are printed from the top of the work tree. A merge commit counts
      // for a file only where it differs from every parent (dense combined
      // diff), as `git log -1 -- <file>` sees it.
      const output = execFileSync(
        'git',
        ['-c', 'core.quotepath=off', 'log', '--name-only', '--no-renames', '--diff-merges=dense-combined', `--format=${COMMIT}%cI${COMMIT}%D`, '--', '.'],
        { cwd: absolute, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
      );
      dates = parseGitLog(output, top);
    } catch {
      dates = new Map();
    }
    byFolder.set(absolute, dates);
  }
  return dates;
}

/** The date of the last commit that changed `file`, read from the one pass over `contentDir`. */
export function lastCommitDate(file: string, contentDir: string): Date | undefined {
  return gitDates(contentDir).get(path.resolve(file));
}
