import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../model/contentTree';
import type { Problem } from '../../model/problem';
import { fileSizeProblem } from './fileSizeRule';
import { svgProblems } from './svgRule';

/**
 * Every file under public/ (the web editor's media folder is public/images/)
 * is published as it is, at the site's own address, with no build step in
 * between. So each file must be of a kind that cannot run: images (SVG only
 * when it only draws, see svgRule.ts), fonts and plain text; its content must
 * be what its name says (an HTML page named .png is refused); and it must be a
 * real file, not a link to one elsewhere on the machine.
 */

/** The first bytes of each binary kind, so a file is what its name says. */
const signatures: Record<string, { kind: string; matches: (bytes: Buffer) => boolean }> = {
  '.png': { kind: 'PNG image', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.jpg': { kind: 'JPEG image', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.jpeg': { kind: 'JPEG image', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.gif': { kind: 'GIF image', matches: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  '.webp': { kind: 'WebP image', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  '.avif': { kind: 'AVIF image', matches: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]/.test(b.subarray(8, 12).toString('latin1')) },
  '.ico': { kind: 'icon', matches: (b) => b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0 },
  '.woff': { kind: 'WOFF font', matches: (b) => b.subarray(0, 4).toString('latin1') === 'wOFF' },
  '.woff2': { kind: 'WOFF2 font', matches: (b) => b.subarray(0, 4).toString('latin1') === 'wOF2' },
};

/** Text kinds: read as UTF-8 and checked by their own rule. */
const textKinds = new Set(['.svg', '.txt']);

export const publishableExtensions: readonly string[] = [...Object.keys(signatures), ...textKinds];

function problem(file: string, line: number, field: string, en: Problem['en'], vi: Problem['vi']): Problem {
  return vi ? { severity: 'error', file, line, field, en, vi } : { severity: 'error', file, line, field, en };
}

/** Problems of one file of public/, given its absolute path. */
function fileProblems(absolute: string, relative: string): Problem[] {
  const file = displayPath(absolute);
  const extension = path.extname(relative).toLowerCase();
  const name = path.basename(relative);
  if (lstatSync(absolute).isSymbolicLink()) {
    return [problem(file, 1, 'file type', { wrong: 'the file is a link to another file on this machine', expected: 'a real file, copied into public/' }, { wrong: 'tệp là liên kết tới một tệp khác trên máy', expected: 'một tệp thật, chép vào public/' })];
  }
  if (name === '.gitkeep') return [];
  const tooLarge = fileSizeProblem(absolute);
  if (!publishableExtensions.includes(extension)) {
    const kind = extension === '' ? `"${name}" (no extension)` : `"${extension}" files are not published from public/`;
    return [
      problem(
        file,
        1,
        'file type',
        { wrong: extension === '' ? `${kind} is not published from public/` : kind, expected: `an image, a font or plain text (${publishableExtensions.join(', ')}); pages and text for readers belong in content/` },
        { wrong: `không xuất bản loại tệp ${extension || name} từ public/`, expected: `ảnh, phông chữ hoặc văn bản thuần (${publishableExtensions.join(', ')}); trang và nội dung thuộc content/` },
      ),
    ];
  }
  // An oversized file is not read further: its size is what to fix first.
  if (tooLarge) return [tooLarge];
  const bytes = readFileSync(absolute);
  const signature = signatures[extension];
  if (signature && !signature.matches(bytes)) {
    return [problem(file, 1, 'file content', { wrong: `the file is not a ${signature.kind}, although its name ends in ${extension}`, expected: `a real ${signature.kind}, or a name that says what the file is` }, { wrong: `tệp không phải ${signature.kind} dù tên kết thúc bằng ${extension}`, expected: `một ${signature.kind} thật, hoặc tên đúng với nội dung tệp` })];
  }
  if (extension === '.svg') return svgProblems(bytes.toString('utf8'), file);
  return [];
}

/** Checks every file under the public folder. */
export function publicFilesRule(publicDir: string): Problem[] {
  const root = path.resolve(publicDir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .flatMap((absolute) => fileProblems(absolute, path.relative(root, absolute)));
}
