import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, parseDocument } from 'yaml';
import { pageSchema } from '../../src/schemas/page';
import { procedureSchema } from '../../src/schemas/procedure';
import { copyContent, projectRoot, runNodeScript } from '../support/buildSite';
import { checkReport, escapeRegExp } from '../support/checkReport';
import { fixtureSourceDir } from '../support/fixtureProvince';

/**
 * `npm run new` creates a file that fails the check until its required fields
 * are filled, then passes. The command runs for real, over a copy of the
 * fixture province; the check runs in-process (the same runCheck as
 * `npm run check`, whose command is tested in checkFixtures.test.ts).
 */

/** Report lines about one file. */
function linesAbout(lines: string[], file: string): string[] {
  return lines.filter((line) => line.startsWith(`${file}:`));
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('npm run new', () => {
  test('a new procedure fails the check until its required fields are filled, then passes', async () => {
    const copy = await copyContent(fixtureSourceDir);
    cleanups.push(copy.cleanup);
    const created = await runNodeScript('scripts/new.ts', ['procedure', 'Cấp thẻ tạm trú (thử nghiệm)'], { CONTENT_DIR: copy.contentDir });
    const file = 'procedures/vi/cap-the-tam-tru-thu-nghiem.md';
    const createdFile = path.join(copy.contentDir, file);
    const lines = created.output.split('\n').map((line) => line.trim());
    expect(lines).toContain(`Created / Đã tạo: ${createdFile}`);
    // The exact report lines (any line number: the template may move), not a word anywhere in the output.
    const line = (rest: string): RegExp => new RegExp(`^${escapeRegExp(createdFile)}:\\d+ — ${rest}$`);
    expect(lines.filter((l) => line('officialName — empty — expected a value \\(this field is required\\)').test(l))).toHaveLength(1);
    expect(
      lines.filter((l) =>
        line('reviewed — empty — expected the day the content was checked against its sources, YYYY-MM-DD, for example \\d{4}-\\d{2}-\\d{2} \\(this field is required\\)').test(l),
      ),
    ).toHaveLength(1);

    const before = checkReport(copy.contentDir);
    expect(before.errors).toBeGreaterThan(0);
    const fieldsBefore = linesAbout(before.lines, file).map((line) => line.split(' — ')[1]);
    expect(fieldsBefore).toEqual(
      expect.arrayContaining(['officialName', 'description', 'audience', 'lifeEvent', 'documents[0].name', 'steps[0]', 'submitTo', 'sources[0].title', 'reviewed']),
    );

    const facts = parseYaml(await readFile(path.join(copy.contentDir, 'facts.yaml'), 'utf8')) as Record<string, { kind: string }>;
    const agency = Object.entries(facts).find(([, fact]) => fact.kind === 'agency')?.[0];
    const target = path.join(copy.contentDir, file);
    const text = await readFile(target, 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const doc = parseDocument(frontmatter);
    doc.set('officialName', 'Cấp thẻ tạm trú cho người nước ngoài');
    doc.set('description', 'Thẻ tạm trú cho phép người nước ngoài ở lại Việt Nam lâu hơn.');
    doc.set('audience', 'Người nước ngoài đang ở Việt Nam.');
    doc.set('lifeEvent', 'arriving-and-staying');
    doc.setIn(['documents', 0, 'name'], 'Hộ chiếu');
    doc.setIn(['documents', 0, 'nameVi'], 'Hộ chiếu');
    doc.setIn(['steps', 0], 'Nộp hồ sơ trực tuyến.');
    doc.set('submitTo', agency);
    doc.setIn(['sources', 0, 'title'], 'Tài liệu thử nghiệm');
    doc.set('reviewed', '2026-11-01');
    await writeFile(target, `---\n${doc.toString()}---\n${body}`);

    const after = checkReport(copy.contentDir);
    expect(linesAbout(after.lines, file)).toEqual([]);
  });

  test('a new page is created under pages/vi with a slug without tones', async () => {
    const copy = await copyContent(fixtureSourceDir);
    cleanups.push(copy.cleanup);
    const created = await runNodeScript('scripts/new.ts', ['page', 'Đường dây nóng mới'], { CONTENT_DIR: copy.contentDir });
    expect(created.exitCode).toBe(0);
    const text = await readFile(path.join(copy.contentDir, 'pages/vi/duong-day-nong-moi.md'), 'utf8');
    expect(text).toContain('title: "Đường dây nóng mới"');
  });

  test('a title with a slash gives one file name, not a folder', async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const created = await runNodeScript('scripts/new.ts', ['page', 'Giấy phép 1/2024'], { CONTENT_DIR: copy.contentDir });
    expect(created.exitCode).toBe(0);
    const text = await readFile(path.join(copy.contentDir, 'pages/vi/giay-phep-1-2024.md'), 'utf8');
    expect(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '')).toMatchObject({ title: 'Giấy phép 1/2024' });
    expect(await readdir(path.join(copy.contentDir, 'pages/vi'), { recursive: true })).not.toContain('giay-phep-1');
  });

  test('a title with YAML syntax in it is written as a plain string', async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const title = 'Giờ làm việc: "mới" # ghi chú \\ {x} [y] &z *w !v';
    const created = await runNodeScript('scripts/new.ts', ['page', title], { CONTENT_DIR: copy.contentDir });
    expect(created.exitCode).toBe(0);
    const file = (await readdir(path.join(copy.contentDir, 'pages/vi'))).find((name) => name.startsWith('gio-lam-viec-moi'));
    expect(file).toBeDefined();
    const text = await readFile(path.join(copy.contentDir, 'pages/vi', file ?? ''), 'utf8');
    expect(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '')).toMatchObject({ title });
  });

  test('a 300-character title gives a file name of at most 80 characters, ending at a whole word', async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const title = 'Cấp giấy phép lao động cho người nước ngoài làm việc tại Khánh Hòa '.repeat(5).slice(0, 300);
    const created = await runNodeScript('scripts/new.ts', ['procedure', title], { CONTENT_DIR: copy.contentDir });
    expect(created.output).not.toMatch(/ENAMETOOLONG|\n\s+at /);
    expect(created.exitCode).toBe(0);
    const [file] = (await readdir(path.join(copy.contentDir, 'procedures/vi'))).filter((name) => name.startsWith('cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai-lam-viec-tai-khanh-hoa-cap'));
    expect(file).toBeDefined();
    const slug = (file ?? '').replace(/\.md$/, '');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect('cap-giay-phep-lao-dong-cho-nguoi-nuoc-ngoai-lam-viec-tai-khanh-hoa-'.repeat(5)).toContain(`${slug}-`);
  });

  test.each([
    ['a title with a line break', ['page', 'Giờ làm việc\ntitle: injected']],
    ['a title with no letter or digit', ['page', '/// ...']],
    ['an unknown kind', ['article', 'Giờ làm việc']],
    ['no title', ['page']],
    ['a title with a control character', ['page', 'Giờ làm\u001b[31mviệc']],
  ])('%s: exits non-zero with one line and writes nothing', async (_name, args) => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const before = await readdir(copy.contentDir, { recursive: true });
    const result = await runNodeScript('scripts/new.ts', args, { CONTENT_DIR: copy.contentDir });
    expect(result.exitCode).not.toBe(0);
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(await readdir(copy.contentDir, { recursive: true })).toEqual(before);
  });

  test('a content folder whose path is too long gives one line, not a stack trace', async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const result = await runNodeScript('scripts/new.ts', ['page', 'Giờ làm việc'], { CONTENT_DIR: path.join(copy.contentDir, 'x'.repeat(300)) });
    expect(result.exitCode).not.toBe(0);
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  test.each([
    ['procedure', procedureSchema],
    ['page', pageSchema],
  ] as const)('the %s template names every field of its schema', async (kind, schema) => {
    const template = await readFile(path.join(projectRoot, `scripts/templates/${kind}.md`), 'utf8');
    const written = new Set([...template.matchAll(/^[#\s]*([a-zA-Z]+):/gm)].map((m) => m[1]));
    const missing = Object.keys(schema.shape).filter((field) => !written.has(field));
    expect(missing).toEqual([]);
  });
});
