import { z } from 'astro/zod';

/**
 * The government domains official links may point to, in
 * `content/allowed-domains.yaml`. A domain also allows its sub-domains:
 * `gov.vn` allows `dichvucong.gov.vn`.
 */
export const allowedDomainsSchema = z.strictObject({
  /** Domain names without scheme or path, for example `gov.vn`. Required: at least one. */
  domains: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a domain name such as "gov.vn", without https:// or a path'))
    .min(1, 'expected at least one domain'),
});

export type AllowedDomains = z.infer<typeof allowedDomainsSchema>;
