/**
 * Runs after the build (see package.json `build`): writes `file.gz` and
 * `file.br` next to every text file of the built site, so a web server sends
 * them as they are (nginx: `gzip_static on`) instead of compressing each
 * request. Reads OUT_DIR (default ./dist).
 *
 * The output is deterministic: the gzip header carries no time or file name,
 * so the same build gives byte-identical files.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions worth compressing; images and fonts are compressed already. */
export const compressibleExtensions: ReadonlySet<string> = new Set([
  '.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.svg', '.txt', '.map',
]);

/** Folders of the built site that are not served to readers. */
const skippedFolders: ReadonlySet<string> = new Set(['_nginx']);

export interface PrecompressResult {
  /** Files that got a .gz (and .br) beside them. */
  readonly compressed: number;
  /** Files left alone because compressing did not make them smaller. */
  readonly skipped: number;
  /** Total size of the originals and of their gzip copies, in bytes. */
  readonly originalBytes: number;
  readonly gzipBytes: number;
}

/** Gzip with no timestamp or file name in the header (Node writes mtime 0). */
export function gzipDeterministic(data: Buffer): Buffer {
  return gzipSync(data, { level: 9 });
}

export function brotliText(data: Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) yield* textFiles(full);
    } else if (entry.isFile() && compressibleExtensions.has(path.extname(entry.name).toLowerCase())) {
      yield full;
    }
  }
}

/**
 * Writes the compressed copies for every text file under `outDir`. A copy
 * that would not be smaller is not written (and an old one is removed), so
 * the server sends the original.
 */
export function precompress(outDir: string): PrecompressResult {
  let compressed = 0;
  let skipped = 0;
  let originalBytes = 0;
  let gzipBytes = 0;
  for (const file of [...textFiles(outDir)].sort()) {
    const data = readFileSync(file);
    const gz = gzipDeterministic(data);
    originalBytes += data.length;
    if (gz.length >= data.length) {
      skipped += 1;
      gzipBytes += data.length;
      rmSync(`${file}.gz`, { force: true });
      rmSync(`${file}.br`, { force: true });
      continue;
    }
    writeFileSync(`${file}.gz`, gz);
    gzipBytes += gz.length;
    const br = brotliText(data);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    else rmSync(`${file}.br`, { force: true });
    compressed += 1;
  }
  return { compressed, skipped, originalBytes, gzipBytes };
}

if (import.meta.main) {
  const outDir = process.env['OUT_DIR'] ?? './dist';
  const result = precompress(outDir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `precompress: ${result.compressed} files in ${outDir} got .gz and .br copies ` +
      `(${kb(result.originalBytes)} -> ${kb(result.gzipBytes)} gzip); ${result.skipped} too small to gain`,
  );
}
