import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport } from '../../src/check/report';
import { runCheck } from '../../src/check/runCheck';
import { sizeLimits } from '../../src/check/sizeLimits';
import { buildSite, copyContent, projectRoot, runNodeScript } from '../support/buildSite';
import { reportLine } from '../support/checkReport';

/**
 * A 5 MB Markdown file or a camera photo in public/images would be published
 * as it is to readers on slow phone connections. The check, and so the
 * build, refuse any file over its limit (src/check/sizeLimits.ts, listed in
 * CONTRIBUTING.md). The oversized files are made here rather than stored.
 */

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('oversized files', () => {
  let workDir = '';
  let contentDir = '';
  let publicDir = '';
  const oversized: { file: () => string; what: RegExp }[] = [
    { file: () => path.join(contentDir, 'pages/vi/huge-page.md'), what: /is [5-9]\.\d MB/ },
    { file: () => path.join(contentDir, 'glossary/vi/huge-glossary.yaml'), what: /is 1\.0 MB/ },
    { file: () => path.join(publicDir, 'images/camera-photo.png'), what: /is 3\.0 MB/ },
    { file: () => path.join(publicDir, 'images/huge-drawing.svg'), what: /is 500 KB/ },
  ];

  beforeAll(async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    ({ contentDir, dir: workDir } = copy);
    publicDir = path.join(workDir, 'public');
    await cp(path.join(projectRoot, 'public'), publicDir, { recursive: true });
    await mkdir(path.join(publicDir, 'images'), { recursive: true });

    // A valid page whose text is 5 MB: every other rule accepts it.
    const page = await readFile(path.join(contentDir, 'pages/vi/hotlines.md'), 'utf8');
    const paragraph = 'Người dân có thể gọi đường dây nóng để được hướng dẫn. '.repeat(20);
    let body = '';
    while (body.length < 5 * 1024 * 1024) body += `${paragraph}\n\n`;
    await writeFile(path.join(contentDir, 'pages/vi/huge-page.md'), `${page}\n${body}`.slice(0, 5 * 1024 * 1024 - 1024));
    await writeFile(path.join(contentDir, 'glossary/vi/huge-glossary.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    await writeFile(path.join(publicDir, 'images/camera-photo.png'), Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024 - png.length)]));
    await writeFile(
      path.join(publicDir, 'images/huge-drawing.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(Math.ceil((500 * 1024) / 28))}</svg>`.slice(0, 500 * 1024 - 6) + '</svg>',
    );
  });

  test('the limits leave room for today\'s largest files', async () => {
    expect(sizeLimits.markdown.bytes).toBeGreaterThanOrEqual(50 * 1024);
    expect(sizeLimits.image.bytes).toBeGreaterThanOrEqual(100 * 1024);
  });

  test('each is an error naming the file and its size', () => {
    const report = formatReport(runCheck({ contentDir, publicDir }));
    for (const { file, what } of oversized) {
      const line = reportLine(file(), 'file size');
      expect(report).toMatch(line);
      expect(report.match(line)?.[1]).toMatch(what);
    }
  });

  test('`npm run check` and the build refuse them', async () => {
    const check = await runNodeScript('scripts/check.ts', [], { CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir });
    expect(check.exitCode).not.toBe(0);
    const build = await buildSite(contentDir, workDir, { PUBLIC_DIR: publicDir });
    expect(build.exitCode).not.toBe(0);
    for (const { file } of oversized) {
      expect(check.output).toMatch(reportLine(file(), 'file size'));
      expect(build.output).toMatch(reportLine(file(), 'file size'));
    }
    expect(existsSync(build.outDir)).toBe(false);
  });

  test('a file just under its limit passes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'portal-size-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'photo.png'), Buffer.concat([png, Buffer.alloc(sizeLimits.image.bytes - png.length)]));
    const report = formatReport(runCheck({ contentDir: path.join(projectRoot, 'content'), publicDir: dir }));
    expect(report).toContain('Content check passed');
  });
});
