import { escapeXml } from '../content/xml';

export interface OpenSearchInput {
  /** At most 16 characters, as the specification asks. */
  shortName: string;
  description: string;
  lang: string;
  /** Absolute URL of the search page; `?q={searchTerms}` is added. */
  searchUrl: string;
  /** Absolute URL of this description file. */
  selfUrl: string;
  /** Absolute URL of the site icon. */
  iconUrl: string;
}

/** An OpenSearch 1.1 description, so browsers can add the site's search. */
export function openSearchDescription(input: OpenSearchInput): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(input.shortName.slice(0, 16))}</ShortName>
  <Description>${escapeXml(input.description)}</Description>
  <Language>${escapeXml(input.lang)}</Language>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${escapeXml(input.iconUrl)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(input.searchUrl)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(input.selfUrl)}"/>
</OpenSearchDescription>
`;
}
