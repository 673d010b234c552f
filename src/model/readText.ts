import { readFileSync } from 'node:fs';

/**
 * A content file's text as every reader sees it: UTF-8, without a byte-order
 * mark, in Unicode NFC. Vietnamese can be typed with composed or decomposed
 * tones ("ệ" as one code point or three); normalising once, where files are
 * read, means titles, heading ids, the search index and comparisons all see
 * the same letters.
 */
export function readText(file: string): string {
  return normaliseContentText(readFileSync(file, 'utf8'));
}

export function normaliseContentText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}
