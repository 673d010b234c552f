import { z } from 'astro/zod';

/**
 * A signpost to one of the online services residents use most: the `service`
 * field of a page whose view is `service`. Not a second handbook: the page says
 * what the service is, who handles it since the 2025 reorganisation and
 * whether it can be done online, and links to the official service.
 */
export const serviceSchema = z.strictObject({
  /** The service's official Vietnamese name, as the national portal lists it. Required. */
  officialName: z.string().min(1),
  /** Who handles it: `commune` (commune or ward People's Committee), `commune-police`, `province` (a provincial department), `province-police`, or `several`. Required. */
  level: z.enum(['commune', 'commune-police', 'province', 'province-police', 'several']),
  /** Whether it can be done online: `full`, `partial` (submit online, collect in person), `none` or `unknown`. Required. */
  online: z.enum(['full', 'partial', 'none', 'unknown']),
  /** The id of the `url` fact in content/facts.yaml where the official service is. Required. */
  link: z.string().min(1),
});

export type Service = z.infer<typeof serviceSchema>;
