import path from 'node:path';

/**
 * The largest file the check accepts, by kind. Readers are on cheap phones
 * and slow networks, and a page's HTML + CSS must stay within 14 KB gzip:
 * a file over these limits is a mistake (a pasted document, a camera photo)
 * long before it is a page. Listed for staff in CONTRIBUTING.md; change both
 * together. Today's largest files: Markdown 6 KB, YAML 13 KB, images 32 KB.
 */
export interface SizeLimit {
  /** The most bytes a file of this kind may have. */
  bytes: number;
  /** What staff should do instead, in English and Vietnamese. */
  instead: { en: string; vi: string };
}

const KB = 1024;

export const sizeLimits = {
  markdown: {
    bytes: 100 * KB,
    instead: { en: 'split the text into several pages, or link to the official document instead of copying it', vi: 'chia nội dung thành nhiều trang, hoặc liên kết tới văn bản chính thức thay vì chép lại' },
  },
  yaml: {
    bytes: 256 * KB,
    instead: { en: 'split the data into several files, or ask a developer', vi: 'chia dữ liệu thành nhiều tệp, hoặc hỏi người phát triển' },
  },
  image: {
    bytes: 300 * KB,
    instead: { en: 'resize it to at most 1600 pixels wide and save it as JPEG or WebP (quality 80)', vi: 'thu nhỏ ảnh, rộng tối đa 1600 điểm ảnh, lưu dạng JPEG hoặc WebP (chất lượng 80)' },
  },
  svg: {
    bytes: 100 * KB,
    instead: { en: 'simplify the drawing or save it with "optimised SVG"', vi: 'đơn giản hóa hình vẽ hoặc lưu bằng "optimised SVG"' },
  },
  font: {
    bytes: 200 * KB,
    instead: { en: 'use a subset of the font (only the letters the site needs) in WOFF2', vi: 'dùng bộ chữ rút gọn (chỉ các ký tự cần) dạng WOFF2' },
  },
  text: {
    bytes: 100 * KB,
    instead: { en: 'keep plain-text files short', vi: 'giữ tệp văn bản ngắn' },
  },
} as const satisfies Record<string, SizeLimit>;

const kindByExtension: Record<string, keyof typeof sizeLimits> = {
  '.md': 'markdown',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.ico': 'image',
  '.svg': 'svg',
  '.woff': 'font',
  '.woff2': 'font',
  '.txt': 'text',
};

/** The limit for a file name, or undefined when the file is of no kind with a limit. */
export function sizeLimitOf(file: string): SizeLimit | undefined {
  const kind = kindByExtension[path.extname(file).toLowerCase()];
  return kind === undefined ? undefined : sizeLimits[kind];
}

/** A size as people read it: 512 KB, 5.0 MB. */
export function readableSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
