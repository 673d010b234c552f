export interface BreadcrumbLink {
  label: string;
  /** An absolute URL. */
  url: string;
}

/** schema.org BreadcrumbList for the trail from the home page to the current page. */
export function breadcrumbList(trail: readonly BreadcrumbLink[], lang: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    inLanguage: lang,
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.url,
    })),
  };
}
