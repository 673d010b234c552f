import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.ts';

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
});
