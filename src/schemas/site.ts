import { z } from 'astro/zod';
import { localizedText } from './common';

/** Settings about the whole site, in `content/site.yaml`. */
export const siteSchema = z.object({
  /** The address the site is published at, https, without a trailing path. Required. */
  url: z.url({ protocol: /^https$/, error: 'expected an https:// web address' }),
  /** The site's name in each language. Required in Vietnamese. */
  name: localizedText,
  /** A short name for the browser tab and home screen. Required in Vietnamese. */
  shortName: localizedText,
  /** The agency that runs the site: the id of an `agency` fact. Required. */
  managingAgency: z.string().min(1),
  /** Who publishes the site, named in the header and footer: the id of an `agency` fact. Optional; default: managingAgency. */
  publisher: z.string().optional(),
  /** The main hotline shown on every page: the id of a `phone` fact. Optional. */
  mainHotline: z.string().optional(),
  /** The center's main web address: the id of a `url` fact. Required. */
  mainPortal: z.string().min(1),
  /** Slugs of the pages linked from the main navigation, in order. Required. */
  navigation: z.array(z.string().min(1)).min(1),
  /** Slug of the page listing every hotline and feedback channel, linked from the contact block. Required. */
  helpPage: z.string().min(1),
  /** Slug of the page about this site, linked from the footer. Required. */
  aboutPage: z.string().min(1),
  /** The area the services cover, for example "Khánh Hòa province", in each language. Required in Vietnamese. */
  areaServed: localizedText,
  /**
   * Where "Report a problem with this page" goes: the id of an `email` fact (the
   * link opens an e-mail with the page's title and address filled in). Optional:
   * without it the link leads to the page whose `view` is `report`.
   */
  problemReport: z.string().optional(),
  /** Where "edit this page" links point, for example https://github.com/org/repo/edit/main/. Optional. */
  editBaseUrl: z.url().optional(),
});

export type SiteSettings = z.infer<typeof siteSchema>;
