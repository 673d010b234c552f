import { escapeXml } from '../content/xml';

export interface AtomEntry {
  title: string;
  summary: string;
  /** Absolute URL; also the entry's id. */
  url: string;
  updated: Date;
  lang: string;
}

export interface AtomFeed {
  title: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page listing the same changes. */
  pageUrl: string;
  lang: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** An Atom 1.0 document. `updated` is the newest entry's date, never the build time. */
export function atomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const entries = feed.entries.map(
    (e) => `  <entry xml:lang="${escapeXml(e.lang)}">
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <updated>${newest.toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
