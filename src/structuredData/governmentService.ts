export interface ServiceInput {
  name: string;
  /** The official Vietnamese name. */
  alternateName: string;
  description: string;
  /** The absolute URL of the procedure's page on this site. */
  url: string;
  providerName: string;
  areaServed: string;
  /** The official page where it can be done online, when it can. */
  onlineUrl?: string | undefined;
  lang: string;
}

/** schema.org GovernmentService for a procedure of the handbook. */
export function governmentService(input: ServiceInput): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    url: input.url,
    serviceType: input.name,
    provider: { '@type': 'GovernmentOrganization', name: input.providerName },
    areaServed: { '@type': 'AdministrativeArea', name: input.areaServed },
    availableChannel: [
      input.onlineUrl
        ? { '@type': 'ServiceChannel', name: 'online', serviceUrl: input.onlineUrl }
        : { '@type': 'ServiceChannel', name: 'in person', serviceLocation: { '@type': 'GovernmentOffice', name: input.providerName } },
    ],
    inLanguage: input.lang,
  };
}
