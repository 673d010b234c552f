import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repositoryPath } from '../../src/content/fileHistory';
import { lastCommitDate } from '../../src/model/gitDates';

/**
 * "Last updated" from git, on a repository made for the test: its dates are
 * known whatever the history (or shallowness) of the checkout running it.
 */
let tempDir = '';
let repo = '';
let content = '';

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'portal-history-'));
  repo = path.join(tempDir, 'repo');
  content = path.join(repo, 'content');
  await mkdir(path.join(content, 'pages'), { recursive: true });
  git(tempDir, ['init', '-q', 'repo']);
  await writeFile(path.join(content, 'pages/old.md'), 'old');
  await writeFile(path.join(content, 'pages/new.md'), 'first');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'first'], '2026-10-01T09:00:00+07:00');
  await writeFile(path.join(content, 'pages/new.md'), 'second');
  git(repo, ['commit', '-q', '-am', 'second'], '2026-11-20T10:00:00+07:00');
});

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('last updated from git', () => {
  test('a committed file gets the date of the last commit that touched it', () => {
    expect(lastCommitDate(path.join(content, 'pages/new.md'), content)?.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(lastCommitDate(path.join(content, 'pages/old.md'), content)?.toISOString()).toBe('2026-10-01T02:00:00.000Z');
  });

  test('in a shallow clone, a file only the boundary commit touched has no date (not the clone\'s)', () => {
    const clone = path.join(tempDir, 'shallow');
    git(tempDir, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const cloneContent = path.join(clone, 'content');
    expect(lastCommitDate(path.join(cloneContent, 'pages/old.md'), cloneContent)).toBeUndefined();
  });

  test('a file outside any git history has no date, so the page falls back to reviewed', async () => {
    const file = path.join(tempDir, 'page.md');
    await writeFile(file, 'text');
    expect(lastCommitDate(file, tempDir)).toBeUndefined();
  });

  test('the edit link points at the file under content/ in the repository', () => {
    expect(repositoryPath('content/pages/vi/about.md')).toBe('content/pages/vi/about.md');
  });
});
