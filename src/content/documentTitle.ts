/** Search results and browser tabs cut titles after about 70 characters. */
export const titleLimit = 70;

/**
 * The text of a page's `<title>`: the page title and the site's name while
 * they fit; otherwise the page title alone; and when even that is too long,
 * the title without its closing bracket (usually the official Vietnamese name,
 * which the page's heading still shows in full).
 */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const withSite = `${title} – ${siteName}`;
  if ([...withSite].length <= titleLimit) return withSite;
  if ([...title].length <= titleLimit) return title;
  const withoutBracket = title.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
  return withoutBracket === '' ? title : withoutBracket;
}
