import type { Locale } from '../i18n/locales';
import { pickLocalized } from '../content/localized';
import type { Fact } from '../schemas/fact';

type FactOf<K extends Fact['kind']> = Extract<Fact, { kind: K }>;


export interface OrganizationInput {
  agency: FactOf<'agency'>;
  areaServed: string;
  /** The absolute URL of this site's home page in the reader's language. */
  url: string;
  /** Phone lines people can call, each becoming a ContactPoint. */
  phones: readonly FactOf<'phone'>[];
  lang: string;
  locale: Locale;
}

/** schema.org GovernmentOrganization with its contact points, all from the facts data. */
export function governmentOrganization(input: OrganizationInput): object {
  const { agency, phones, locale } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: pickLocalized(agency.name, locale).text,
    alternateName: agency.name.vi,
    areaServed: { '@type': 'AdministrativeArea', name: input.areaServed },
    url: input.url,
    ...(agency.address ? { address: pickLocalized(agency.address, locale).text } : {}),
    contactPoint: phones.map((phone) => ({
      '@type': 'ContactPoint',
      name: pickLocalized(phone.name, locale).text,
      telephone: phone.value,
      contactType: 'customer support',
      availableLanguage: 'vi',
      areaServed: 'VN',
    })),
    inLanguage: input.lang,
  };
}
