import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/buildSite';
import { countStates, findTranslation, needingWork, readTranslationReport } from '../../src/translations/translationStatus';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const page = (title: string, body: string) => `---\ntitle: ${title}\nreviewed: 2026-11-25\n---\n\n${body}\n`;
const stamp = (...args: string[]) =>
  execFileSync(path.join(projectRoot, 'node_modules/.bin/node'), [path.join(projectRoot, 'scripts/i18n-stamp.ts'), ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
const status = () =>
  execFileSync(path.join(projectRoot, 'node_modules/.bin/node'), [path.join(projectRoot, 'scripts/i18n-status.ts')], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'i18n-status-'));
  write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài.'));
  write('pages/en/hotlines.md', page('Hotlines', 'Call the switchboard.'));
  write('pages/vi/about.md', page('Giới thiệu', 'Trang này là gì.'));
  write('glossary/vi/tam-tru.yaml', 'term: tạm trú\ntermVi: tạm trú\nexplanation: Ở lại một nơi trong thời gian nhất định.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('translation status', () => {
  test('a translation without a stamp is unstamped; one without a file is missing', () => {
    const report = readTranslationReport(dir);
    expect(findTranslation(report, 'pages', 'hotlines', 'en')?.translation.state).toBe('unstamped');
    expect(findTranslation(report, 'pages', 'about', 'en')?.translation.state).toBe('missing');
    expect(findTranslation(report, 'glossary', 'tam-tru', 'ko')?.translation.state).toBe('missing');
    expect(countStates(report, 'ru')).toEqual({ current: 0, outdated: 0, unstamped: 0, missing: 3 });
  });

  test('stamping makes it current; a real change to the Vietnamese makes it outdated', () => {
    stamp();
    expect(findTranslation(readTranslationReport(dir), 'pages', 'hotlines', 'en')?.translation.state).toBe('current');
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài từ 7 giờ đến 17 giờ.'));
    const report = readTranslationReport(dir);
    expect(findTranslation(report, 'pages', 'hotlines', 'en')?.translation.state).toBe('outdated');
    expect(needingWork(report, 'en').map(({ entry, translation }) => `${entry.collection}/${entry.slug} ${translation.state}`)).toEqual([
      'pages/about missing',
      'pages/hotlines outdated',
      'glossary/tam-tru missing',
    ]);
    expect(status()).toMatch(/outdated\s+pages\/hotlines\s+pages\/en\/hotlines\.md/);
  });

  test('a plain re-stamp leaves an outdated translation outdated', () => {
    stamp();
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài khác.'));
    expect(stamp()).toContain('Nothing to stamp.');
    expect(findTranslation(readTranslationReport(dir), 'pages', 'hotlines', 'en')?.translation.state).toBe('outdated');
  });

  test('--typo re-stamps the translations of a source whose change was only a typo', () => {
    stamp();
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài .'));
    stamp('--typo', 'pages/hotlines');
    expect(findTranslation(readTranslationReport(dir), 'pages', 'hotlines', 'en')?.translation.state).toBe('current');
  });

  test('naming one translation re-stamps only that one', () => {
    write('pages/ru/hotlines.md', page('Горячие линии', 'Позвоните.'));
    stamp();
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Nội dung mới.'));
    stamp('pages/ru/hotlines');
    const report = readTranslationReport(dir);
    expect(findTranslation(report, 'pages', 'hotlines', 'ru')?.translation.state).toBe('current');
    expect(findTranslation(report, 'pages', 'hotlines', 'en')?.translation.state).toBe('outdated');
    expect(readFileSync(path.join(dir, 'pages/ru/hotlines.md'), 'utf8')).toMatch(/^---\ntitle: Горячие линии\nreviewed: 2026-11-25\nsourceRevision: "[0-9a-f]{12}"\n---\n/);
  });

  test('status always exits 0 and lists every locale', () => {
    const out = status();
    for (const code of ['en', 'ru', 'zh', 'ko']) expect(out).toMatch(new RegExp(`^${code} \\(`, 'm'));
    expect(out).toMatch(/^en \(English\): 2 missing, 0 outdated, 1 unstamped, 0 up to date$/m);
  });
});

describe('--typo in a git repository', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  const commitAll = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', message);
  };

  test('re-stamps translations that followed the version before the typo, keeps older ones outdated', () => {
    git('init', '-q');
    write('pages/ru/hotlines.md', page('Горячие линии', 'Позвоните.'));
    stamp();
    commitAll('translations');
    // A real change: both translations fall behind; then English is updated.
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài từ 7 giờ.'));
    stamp('pages/en/hotlines');
    commitAll('real change, English updated');
    // Now a typo fix, not yet committed.
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài từ 7 giờ sáng.'));
    const out = stamp('--typo', 'pages/hotlines');
    expect(out).toContain('kept pages/ru/hotlines.md outdated');
    const report = readTranslationReport(dir);
    expect(findTranslation(report, 'pages', 'hotlines', 'en')?.translation.state).toBe('current');
    expect(findTranslation(report, 'pages', 'hotlines', 'ru')?.translation.state).toBe('outdated');
  });

  test('works the same when the typo fix is already committed', () => {
    git('init', '-q');
    stamp();
    commitAll('translations');
    write('pages/vi/hotlines.md', page('Đường dây nóng', 'Gọi tổng đài .'));
    commitAll('typo');
    stamp('--typo', 'pages/hotlines');
    expect(findTranslation(readTranslationReport(dir), 'pages', 'hotlines', 'en')?.translation.state).toBe('current');
  });
});
