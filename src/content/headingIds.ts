/**
 * Heading ids come from the heading's words, so a heading such as
 * "2019 satisfaction index" gets an id starting with a digit, which HTML
 * checkers and CSS selectors reject. Such ids (and links to them in the same
 * fragment) get a `section-` prefix; other ids are left as they are.
 */
const startsBadly = /^[^\p{L}]/u;

export function safeHeadingIds(html: string): string {
  const renamed = new Set<string>();
  const withIds = html.replace(/(<h[1-6][^>]*\sid=")([^"]+)(")/g, (whole, before: string, id: string, after: string) => {
    if (!startsBadly.test(id)) return whole;
    renamed.add(id);
    return `${before}section-${id}${after}`;
  });
  if (renamed.size === 0) return withIds;
  return withIds.replace(/href="#([^"]+)"/g, (whole, target: string) =>
    renamed.has(target) || renamed.has(decodeURIComponent(target)) ? `href="#section-${target}"` : whole,
  );
}
