/**
 * Which built file answers an unknown address: the 404 page of the language
 * its first folder names (`/en/…` → `en/404/index.html`) when there is one,
 * otherwise the source language's `404.html`. The same rule as the
 * `@portal_not_found` location in deploy/nginx/site.conf.
 */
export function notFoundPageFile(pathname: string, exists: (file: string) => boolean): string {
  // Only a plain folder name (a language code): never `..` or an encoded slash.
  const folder = /^\/([\w-]+)\//.exec(pathname)?.[1];
  const own = folder === undefined ? undefined : `${folder}/404/index.html`;
  return own !== undefined && exists(own) ? own : '404.html';
}
