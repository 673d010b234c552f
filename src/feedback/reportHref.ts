export interface ReportTarget {
  /** The page's title. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** An e-mail address that receives reports. */
  email?: string | undefined;
  /** The site-relative URL of the page listing the feedback channels. */
  reportPageUrl?: string | undefined;
  /** The e-mail subject, already translated, with the title in it. */
  subject: string;
  /** The e-mail body, already translated, with the URL in it. */
  body: string;
}

/**
 * Where "Report a problem with this page" leads: an e-mail with the subject
 * and body filled in when the site has a report address, otherwise the
 * report page with the page's address and title in its query string.
 * Undefined when the site has neither.
 */
export function reportHref(target: ReportTarget): string | undefined {
  if (target.email) {
    const query = `subject=${encodeURIComponent(target.subject)}&body=${encodeURIComponent(target.body)}`;
    return `mailto:${target.email}?${query}`;
  }
  if (target.reportPageUrl) {
    const query = new URLSearchParams({ page: target.url, title: target.title });
    return `${target.reportPageUrl}?${query.toString()}`;
  }
  return undefined;
}
