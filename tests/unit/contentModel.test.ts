import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentModel } from '../../src/model/contentModel';
import { readContentTree } from '../../src/model/contentTree';
import { splitMarkdown } from '../../src/model/frontmatter';
import { addressCollisions } from '../../src/model/routeTable';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const page = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: Một câu mô tả đủ dài cho trang.\nreviewed: 2026-11-01\nsources:\n  - title: Nguồn\n${extra}---\n\n## ${title}\n`;

async function contentWith(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'model-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('the content model', () => {
  test('text typed with decomposed Vietnamese tones is read as NFC', async () => {
    const nfd = 'Đăng ký tạm trú'.normalize('NFD');
    const tree = readContentTree(await contentWith({ 'pages/vi/a.md': page(nfd) }));
    const entry = tree.entries[0]!;
    expect((entry.fields?.data as { title: string }).title).toBe('Đăng ký tạm trú'.normalize('NFC'));
    expect(entry.body).toContain('## Đăng ký tạm trú'.normalize('NFC'));
    expect(entry.text.normalize('NFC')).toBe(entry.text);
  });

  test('a Markdown file without closing --- is one problem naming the file and line 1', () => {
    const split = splitMarkdown('---\ntitle: x\n\nText', 'pages/vi/x.md');
    expect(split.problem?.file).toBe('pages/vi/x.md');
    expect(split.problem?.en.wrong).toBe('the fields are never closed');
  });

  test('the body starts on the line after the closing ---, so messages name real lines', () => {
    expect(splitMarkdown('---\na: 1\nb: 2\n---\nText', 'f.md').bodyLine).toBe(5);
  });

  test('entries are validated once, with the schema defaults applied', async () => {
    const model = contentModel(readContentTree(await contentWith({ 'pages/vi/a.md': page('A'), 'pages/en/a.md': page('A in English') })));
    expect(model.pages).toHaveLength(1);
    expect(model.pages[0]!.source.data.view).toBe('article');
    expect(model.pages[0]!.translations.en?.data.title).toBe('A in English');
  });

  test('a translation without a Vietnamese source stops, naming the file', async () => {
    const tree = readContentTree(await contentWith({ 'pages/vi/a.md': page('A'), 'pages/en/b.md': page('B') }));
    expect(() => contentModel(tree)).toThrow(/pages\/en\/b\.md — slug — "b" has no vi source/);
  });

  test('a page named like a language collides with that language\'s home page', async () => {
    const tree = readContentTree(await contentWith({ 'pages/vi/index.md': page('Trang chủ'), 'pages/vi/en.md': page('En') }));
    const collision = addressCollisions(tree).find((c) => c.url === '/en/');
    expect(collision?.first).toMatch(/pages\/vi\/(index|en)\.md$/);
    expect(collision?.second).toMatch(/pages\/vi\/(index|en)\.md$/);
  });
});
