/**
 * Translations keep the official Vietnamese word in brackets, for example
 * "Temporary residence card (thẻ tạm trú)". These helpers find such bracketed
 * Vietnamese so a page can mark it with lang="vi".
 */

/** Letters with the tone marks and hooks that only Vietnamese uses among the site's languages. */
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export interface TextPart {
  text: string;
  /** True when the part is Vietnamese written inside a translation. */
  isVietnamese: boolean;
}

/** Splits text into plain parts and bracketed Vietnamese parts (the brackets stay plain). */
export function splitVietnameseParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\(([^()]+)\)/g)) {
    const inner = match[1]!;
    if (!vietnameseLetter.test(inner)) continue;
    const start = match.index + 1;
    parts.push({ text: text.slice(last, start), isVietnamese: false }, { text: inner, isVietnamese: true });
    last = start + inner.length;
  }
  parts.push({ text: text.slice(last), isVietnamese: false });
  return parts.filter((part) => part.text !== '');
}
