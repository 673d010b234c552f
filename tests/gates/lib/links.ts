import { LinkChecker, LinkState } from 'linkinator';
import { freeLoopbackPort } from '../../support/freeLoopbackPort.ts';
import { type GateProblem, builtPages } from './builtPages.ts';


function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Checks every link of every page in a built site folder with linkinator,
 * offline: linkinator serves the folder itself, absolute links to the
 * public site (canonical, `hreflang` alternates, share images) are rewritten
 * to that local server, and `#fragments` must name an element on the target
 * page. Links to other hosts are not fetched (no network at test time).
 * `startFiles` (default: every page) are where the crawl starts; it follows
 * every link it finds on the site.
 */
export async function checkLinks(dir: string, siteUrl: string, startFiles?: readonly string[]): Promise<GateProblem[]> {
  const port = await freeLoopbackPort();
  const local = `http://127.0.0.1:${port}`;
  const site = siteUrl.replace(/\/$/, '');
  const result = await new LinkChecker().check({
    path: [...(startFiles ?? (await builtPages(dir)))],
    serverRoot: dir,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 10,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(site)}(?=/|$)`), replacement: local }],
    linksToSkip: async (link) => /^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith(local) && !link.startsWith(site),
  });
  const problems: GateProblem[] = [];
  const seen = new Set<string>();
  for (const link of result.links) {
    if (link.state !== LinkState.BROKEN) continue;
    const file = (link.parent ?? '').replace(`${local}/`, '');
    const url = link.url.replace(local, '').replace(/^(?![/#])/, '/');
    const key = `${file} ${url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const detail = link.status && link.status < 400 && url.includes('#') ? 'the page has no element with that id' : link.status ? `HTTP ${link.status}` : (link.failureDetails?.map((d) => (d instanceof Error ? d.message : String(d.status))).join('; ') ?? 'broken');
    problems.push({ file, message: `broken link ${url} (${detail})` });
  }
  return problems;
}
