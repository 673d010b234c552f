/**
 * Runs after the build (see package.json `build`): writes `file.gz` and
 * `file.br` next to every text file of the built site, so a web server sends
 * them as they are (nginx: `gzip_static on`) instead of compressing each
 * request. Reads OUT_DIR (default ./dist).
 *
 * The output is deterministic: the gzip header carries no time or file name,
 * so the same build gives byte-identical files.
 *
 * How hard to compress depends on the file (see `compressionPolicy`): the
 * highest brotli quality only where it pays, on the few files every reader
 * downloads and caches (CSS, JavaScript, the search indexes); quality 5 and
 * gzip 6 for pages, of which there are thousands, each read by few. At 10,000
 * pages brotli 11 on every page took minutes of CPU for files about 12% smaller.
 */
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

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

/** How hard to compress one file. */
export interface Compression {
  /** Brotli quality, 0–11. */
  readonly brotliQuality: number;
  /** Gzip level, 1–9. */
  readonly gzipLevel: number;
}

/** For the files every reader downloads once and keeps: the smallest output, however slow. */
export const sharedAssetCompression: Compression = { brotliQuality: constants.BROTLI_MAX_QUALITY, gzipLevel: 9 };
/** For pages and everything else: fast, and still smaller in brotli than gzip. */
export const pageCompression: Compression = { brotliQuality: 5, gzipLevel: 6 };

/**
 * How hard to compress a file of the built site, by its path inside the site
 * (`/` separators): CSS, JavaScript and the search indexes at the highest
 * quality, everything else (HTML pages, feeds, sitemaps, manifests) at the
 * page setting.
 */
export function compressionPolicy(relativePath: string): Compression {
  const extension = path.posix.extname(relativePath).toLowerCase();
  if (extension === '.css' || extension === '.js' || extension === '.mjs') return sharedAssetCompression;
  if (extension === '.json' && relativePath.startsWith('search-index/')) return sharedAssetCompression;
  return pageCompression;
}

/** Gzip with no timestamp or file name in the header (Node writes mtime 0). */
export function gzipDeterministic(data: Buffer, level = 9): Promise<Buffer> {
  return gzipAsync(data, { level });
}

export function brotliText(data: Buffer, quality: number = constants.BROTLI_MAX_QUALITY): Promise<Buffer> {
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
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

/** What compressing one file did. */
type FileOutcome = { readonly originalBytes: number; readonly gzipBytes: number; readonly compressed: boolean };

async function compressFile(file: string, compression: Compression): Promise<FileOutcome> {
  const data = await readFile(file);
  const gz = await gzipDeterministic(data, compression.gzipLevel);
  if (gz.length >= data.length) {
    await rm(`${file}.gz`, { force: true });
    await rm(`${file}.br`, { force: true });
    return { originalBytes: data.length, gzipBytes: data.length, compressed: false };
  }
  await writeFile(`${file}.gz`, gz);
  const br = await brotliText(data, compression.brotliQuality);
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  else await rm(`${file}.br`, { force: true });
  return { originalBytes: data.length, gzipBytes: gz.length, compressed: true };
}

/**
 * Writes the compressed copies for every text file under `outDir`. A copy
 * that would not be smaller is not written (and an old one is removed), so
 * the server sends the original. Compression runs in zlib's thread pool,
 * one file per core at a time, as hard as `compressionPolicy` says.
 */
export async function precompress(outDir: string): Promise<PrecompressResult> {
  const files = [...textFiles(outDir)].sort();
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const at = next++;
      const file = files[at]!;
      outcomes[at] = await compressFile(file, compressionPolicy(path.relative(outDir, file).split(path.sep).join('/')));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return {
    compressed: outcomes.filter((o) => o.compressed).length,
    skipped: outcomes.filter((o) => !o.compressed).length,
    originalBytes: outcomes.reduce((sum, o) => sum + o.originalBytes, 0),
    gzipBytes: outcomes.reduce((sum, o) => sum + o.gzipBytes, 0),
  };
}

if (import.meta.main) {
  const outDir = process.env['OUT_DIR'] ?? './dist';
  const result = await precompress(outDir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `precompress: ${result.compressed} files in ${outDir} got .gz and .br copies ` +
      `(${kb(result.originalBytes)} -> ${kb(result.gzipBytes)} gzip); ${result.skipped} too small to gain`,
  );
}
