import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressionPolicy, precompress } from '../../scripts/precompress.ts';

let dir: string;

function site(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = `<!DOCTYPE html><html lang="vi"><body>${'<p>Thủ tục hành chính trực tuyến</p>'.repeat(200)}</body></html>`;

describe('precompress', async () => {
  it('writes .gz and .br copies that decompress to the original file', async () => {
    const out = site({ 'en/index.html': page, '_astro/app.css': 'body{margin:0}'.repeat(100) });
    const result = await precompress(out);
    expect(result.compressed).toBe(2);
    for (const file of ['en/index.html', '_astro/app.css']) {
      const original = readFileSync(path.join(out, file));
      expect(gunzipSync(readFileSync(path.join(out, `${file}.gz`))).equals(original), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(path.join(out, `${file}.br`))).equals(original), file).toBe(true);
    }
  });

  it('gives byte-identical files on a second run, with no time in the gzip header', async () => {
    const out = site({ 'index.html': page });
    await precompress(out);
    const first = readFileSync(path.join(out, 'index.html.gz'));
    await precompress(out);
    expect(readFileSync(path.join(out, 'index.html.gz')).equals(first)).toBe(true);
    // Bytes 4-7 of a gzip header are the modification time.
    expect(first.readUInt32LE(4)).toBe(0);
  });

  it('leaves images, tiny files and the server notes alone', async () => {
    const out = site({ 'og/vi.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a.txt': 'x', '_nginx/csp.conf': page });
    const result = await precompress(out);
    expect(result.compressed).toBe(0);
    expect(result.skipped).toBe(1);
    expect(existsSync(path.join(out, 'og/vi.png.gz'))).toBe(false);
    expect(existsSync(path.join(out, 'a.txt.gz'))).toBe(false);
    expect(existsSync(path.join(out, '_nginx/csp.conf.gz'))).toBe(false);
  });

  it('uses the highest quality only for CSS, JavaScript and the search indexes', () => {
    for (const file of ['_astro/app.css', '_astro/search.js', '_astro/island.mjs', 'search-index/vi.json', 'search-index/en.json']) {
      expect(compressionPolicy(file), file).toEqual({ brotliQuality: 11, gzipLevel: 9 });
    }
    for (const file of ['index.html', 'en/handbook/visa/index.html', 'feeds/vi.xml', 'sitemap-0.xml', 'manifests/vi.webmanifest', 'other/data.json', 'icon.svg']) {
      expect(compressionPolicy(file), file).toEqual({ brotliQuality: 5, gzipLevel: 6 });
    }
  });

  it('writes pages at brotli 5 and gzip 6, and CSS and search indexes at brotli 11 and gzip 9', async () => {
    const css = Buffer.from(Array.from({ length: 400 }, (_, i) => `.app-rule-${i % 37}{margin:${i % 11}px;color:#${(i * 7919).toString(16).slice(0, 3)}}`).join(''));
    const index = Buffer.from(JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, title: `Thủ tục số ${i * 13} cấp ${i % 17}` }))));
    const html = Buffer.from(page);
    const brotliAt = (data: Buffer, quality: number) =>
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    // The files are chosen so that the two settings give different bytes; otherwise this test could not tell them apart.
    for (const data of [css, index, html]) {
      expect(brotliAt(data, 5).equals(brotliAt(data, 11))).toBe(false);
      expect(gzipSync(data, { level: 6 }).equals(gzipSync(data, { level: 9 }))).toBe(false);
    }
    const out = site({ 'en/index.html': html, '_astro/app.css': css, 'search-index/en.json': index });
    await precompress(out);
    const written = (file: string, ext: string) => readFileSync(path.join(out, `${file}.${ext}`));
    expect(written('en/index.html', 'br').equals(brotliAt(html, 5))).toBe(true);
    expect(written('en/index.html', 'gz').equals(gzipSync(html, { level: 6 }))).toBe(true);
    expect(written('_astro/app.css', 'br').equals(brotliAt(css, 11))).toBe(true);
    expect(written('_astro/app.css', 'gz').equals(gzipSync(css, { level: 9 }))).toBe(true);
    expect(written('search-index/en.json', 'br').equals(brotliAt(index, 11))).toBe(true);
    expect(written('search-index/en.json', 'gz').equals(gzipSync(index, { level: 9 }))).toBe(true);
  });
});
