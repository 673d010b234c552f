/**
 * A file name (slug) from a Vietnamese title: tones removed, đ → d,
 * lower case, words joined by hyphens. "Cấp thẻ tạm trú" → "cap-the-tam-tru".
 */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The longest file name `npm run new` makes; far below every file system's 255 bytes. */
export const maxFileSlugLength = 80;

/**
 * The file name of a new page: ONE path segment of `[a-z0-9-]`, whatever the
 * title holds ("Giấy phép 1/2024" → "giay-phep-1-2024"), cut at a whole word
 * to at most `maxFileSlugLength` characters. Empty when the title has no
 * letter or digit.
 */
export function fileSlugFromTitle(title: string, maxLength = maxFileSlugLength): string {
  const slug = slugFromTitle(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
