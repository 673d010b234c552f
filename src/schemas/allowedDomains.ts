import { z } from 'astro/zod';
import { expected } from './expected';

/**
 * The government domains official links may point to, in
 * `content/allowed-domains.yaml`. A domain also allows its sub-domains:
 * `gov.vn` allows `dichvucong.gov.vn`.
 */
export const allowedDomainsSchema = z.strictObject({
  /** Domain names without scheme or path, for example `gov.vn`. Required: at least one. */
  domains: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, expected('domainName')))
    .min(1, expected('oneDomain')),
});

export type AllowedDomains = z.infer<typeof allowedDomainsSchema>;
