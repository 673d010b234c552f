/**
 * How search compares text, shared by the index builder and the query, so
 * both sides fold words the same way. People type Vietnamese without tones
 * ("ho chieu" for "hộ chiếu"), in capitals, or with their keyboard's
 * decomposed (NFD) characters; all of these must meet the same words.
 *
 * Every function here keeps the text's length in UTF-16 units, character
 * for character, compared with `toNfc(text)`: a position found in the folded
 * text is the same position in the text shown to the reader, which is how
 * matches are highlighted.
 */

const combiningMarks = /\p{M}/gu;

/** Unicode NFC, the form the index stores and shows. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

function foldCharacter(character: string, keepTones: boolean): string {
  const lower = character.toLowerCase();
  // A few letters change length when lower-cased (İ → i̇); leave those alone.
  const base = lower.length === character.length ? lower : character;
  if (base === 'đ') return keepTones ? 'đ' : 'd';
  if (keepTones) return base;
  const stripped = base.normalize('NFD').replace(combiningMarks, '');
  // Hangul syllables decompose into several jamo: keep them whole.
  return stripped.length === base.length ? stripped : base;
}

function fold(text: string, keepTones: boolean): string {
  let out = '';
  for (const character of toNfc(text)) out += foldCharacter(character, keepTones);
  return out;
}

/**
 * The form search compares: NFC, lower case, without tones or other marks,
 * đ → d. "Đăng KÝ tạm trú" → "dang ky tam tru".
 */
export function normaliseVietnamese(text: string): string {
  return fold(text, false);
}

/** NFC and lower case, tones kept: to tell "đường" from "dương". */
export function foldCase(text: string): string {
  return fold(text, true);
}

/** Whether the reader typed tones or other marks (then exact-tone matches rank first). */
export function hasTones(text: string): boolean {
  return normaliseVietnamese(text) !== foldCase(text);
}

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai) and
 * Korean, whose words people search for inside longer compounds: such
 * queries match as substrings, not as fuzzy words.
 */
const substringScripts = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export function needsSubstringMatch(text: string): boolean {
  return substringScripts.test(text);
}

/** The words of a text: letters, marks and digits; runs of other characters separate them. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
