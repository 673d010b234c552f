import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastCommitDate, repositoryPath } from '../../src/content/fileHistory';

const isShallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
let tempDir: string | undefined;
afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('last updated from git', () => {
  test.skipIf(isShallow)('a committed file gets the date of its last commit', () => {
    const file = 'content/site.yaml';
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    expect(lastCommitDate(file)?.getTime()).toBe(new Date(expected).getTime());
  });

  test('a file outside any git history has no date, so the page falls back to reviewed', async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), 'portal-history-'));
    const file = path.join(tempDir, 'page.md');
    await writeFile(file, 'text');
    expect(lastCommitDate(file)).toBeUndefined();
  });

  test('the edit link points at the file under content/ in the repository', () => {
    expect(repositoryPath('content/pages/vi/about.md')).toBe('content/pages/vi/about.md');
  });
});
