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
