import { z } from 'astro/zod';
import { localeCodes, sourceLocale } from '../i18n/locales';
import { expected } from './expected';

/** A date written as YYYY-MM-DD; YAML turns it into a Date, a quoted string is accepted too. */
export const contentDate = z.coerce.date({ error: expected('date') });

/**
 * Text given in several languages, for facts shared by every locale.
 * The source language is required; a missing translation falls back to it.
 */
export const localizedText = z
  .record(z.string(), z.string().min(1))
  .refine((value) => typeof value[sourceLocale] === 'string', {
    message: expected('sourceText'),
  })
  .refine((value) => Object.keys(value).every((key) => (localeCodes as readonly string[]).includes(key)), {
    message: expected('languageCodes'),
  });

/** Where a fact comes from: a named document, and its address when it has one. */
export const sourceRef = z.strictObject({
  /** What the source is, for example "Báo Khánh Hòa, 26 March 2020". Required. */
  title: z.string().min(1),
  /** The source's web address, https. Optional. */
  url: z.url({ protocol: /^https$/, error: expected('httpsAddress') }).optional(),
});

/** At least one source: every fact on the site must be traceable. */
export const sources = z.array(sourceRef).min(1, expected('oneSource'));

/** The fields every translated Markdown file carries in addition to its own. */
export const translationFields = {
  /**
   * The revision of the Vietnamese source this translation was made from,
   * written by `npm run i18n:stamp`. Optional; absent on Vietnamese files.
   */
  sourceRevision: z.string().optional(),
};

export type LocalizedText = z.infer<typeof localizedText>;
export type SourceRef = z.infer<typeof sourceRef>;
