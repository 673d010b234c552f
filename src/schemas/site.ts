import { z } from 'astro/zod';
import { localizedText } from './common';
import { expected } from './expected';

/** Settings about the whole site, in `content/site.yaml`. */
export const siteSchema = z.strictObject({
  /**
   * The address the site is published at, https, without a trailing path.
   * Optional until the province sets it: publishing (PUBLISH=1) refuses a
   * missing or placeholder address; other builds use the local preview
   * address (src/site/siteAddress.ts).
   */
  url: z.url({ protocol: /^https$/, error: expected('httpsAddress') }).optional(),
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
   * Where "Report a problem with this page" goes: the e-mail address, or the
   * https address of the issue tracker, of whoever publishes this site (not
   * the national portal, which does not run it). An e-mail opens with the
   * page's title and address filled in. Optional: until it is set, the link
   * is not shown.
   */
  problemReport: z
    .union([z.email(), z.url({ protocol: /^https$/ })], { error: expected('emailOrTracker') })
    .optional(),
  /** Where "edit this page" links point, for example https://github.com/org/repo/edit/main/. Optional. */
  editBaseUrl: z.url().optional(),
});

/** The settings as written in content/site.yaml. */
export type SiteSettingsData = z.infer<typeof siteSchema>;
/** The settings with `url` resolved for this build (see src/site/siteAddress.ts). */
export type SiteSettings = Omit<SiteSettingsData, 'url'> & { url: string };
