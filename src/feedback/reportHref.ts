export interface ReportTarget {
  /** The page's title. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /**
   * Where reports go, from `problemReport` in content/site.yaml: an e-mail
   * address or the https address of an issue tracker. Undefined while the
   * site's publisher has not set it.
   */
  reportTo?: string | undefined;
  /** The e-mail subject, already translated, with the title in it. */
  subject: string;
  /** The e-mail body, already translated, with the URL in it. */
  body: string;
}

/**
 * Where "Report a problem with this page" leads: an e-mail with the subject
 * and body filled in when the site's publisher receives reports by e-mail,
 * or its issue tracker. Undefined (no link) while nothing is set: reports
 * must reach whoever publishes the site, never a channel that does not run it.
 */
export function reportHref(target: ReportTarget): string | undefined {
  const to = target.reportTo?.trim();
  if (!to) return undefined;
  if (/^https:\/\//i.test(to)) return to;
  const query = `subject=${encodeURIComponent(target.subject)}&body=${encodeURIComponent(target.body)}`;
  return `mailto:${to}?${query}`;
}
