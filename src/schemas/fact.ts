import { z } from 'astro/zod';
import { contentDate, localizedText, sources } from './common';
import { openingHours } from './hours';
import { expected } from './expected';

/**
 * A fact used on several pages or in several languages, defined once in
 * `content/facts.yaml` and referred to from Markdown as `{{fact-id}}`.
 */
const factBase = {
  /** What the fact is, in each language, for example "National Public Service Portal". Required in Vietnamese. */
  name: localizedText,
  /** Where this fact was checked. Required: at least one. */
  sources,
  /** The day a person last checked this fact against its source, YYYY-MM-DD. Required. */
  reviewed: contentDate,
  /** A short explanation for readers, in each language. Optional. */
  note: localizedText.optional(),
};

/**
 * An https address that a browser reads exactly as written: parsed with the
 * WHATWG URL parser, it serialises back unchanged (a root address may gain
 * its "/"). A space or a quote would otherwise pass and be pasted into a
 * link's markup (issue 17, item 4).
 */
const httpsUrl = z
  .url({ protocol: /^https$/, error: expected('httpsAddress') })
  .refine(
    (value) => {
      const href = URL.canParse(value) ? new URL(value).href : undefined;
      return href === value || href === `${value}/`;
    },
    { error: expected('browserAddress') },
  );

export const factSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...factBase,
    /** A web address. */
    kind: z.literal('url'),
    /** The address, https. Required. */
    value: httpsUrl,
  }),
  z.strictObject({
    ...factBase,
    /** A telephone line. */
    kind: z.literal('phone'),
    /**
     * The number in international form, for example "+84 258 3822 222"; a
     * Vietnamese toll-free 1800 line, which works only from Vietnamese phones,
     * in national form, for example "1800 1096". Required.
     */
    value: z
      .string()
      .regex(/^(\+\d[\d ]{6,18}|1800[\d ]{4,8})$/, expected('phoneNumber')),
    /** When the line is answered. Optional: leave it out unless a source gives it. */
    hours: openingHours.optional(),
  }),
  z.strictObject({
    ...factBase,
    /** An e-mail address. */
    kind: z.literal('email'),
    /** The address. Required. */
    value: z.email({ error: expected('email') }),
  }),
  z.strictObject({
    ...factBase,
    /** A social-media page or other channel with a web address. */
    kind: z.literal('channel'),
    /** The channel's web address, https. Required. */
    value: httpsUrl,
  }),
  z.strictObject({
    ...factBase,
    /** A short piece of text, such as a motto or a target. */
    kind: z.literal('text'),
    /** The text in each language. Required in Vietnamese. */
    value: localizedText,
  }),
  z.strictObject({
    ...factBase,
    /** An agency or office that receives dossiers or answers questions. */
    kind: z.literal('agency'),
    /** Government level since 1 July 2025: national, province or commune. Required. */
    level: z.enum(['national', 'province', 'commune']),
    /** The agency's street address. Optional: leave it out unless a source gives it. */
    address: localizedText.optional(),
    /** The agency's website: the id of a `url` fact. Optional. */
    web: z.string().optional(),
    /** The agency's phone line: the id of a `phone` fact. Optional. */
    phone: z.string().optional(),
    /** Opening hours for visitors. Optional: leave it out unless a source gives it. */
    hours: openingHours.optional(),
  }),
]);

export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact['kind'];
