import { z } from 'astro/zod';
import { contentDate, sources, translationFields } from './common';
import { journeySchema } from './journey';
import { serviceSchema } from './service';
import { expected } from './expected';
import { omitMask, sharedFieldNames } from './sharedFieldNames';

/** The sections pages sit in, in the order lists show them. */
export const pageSections = ['center', 'help', 'about', 'residents', 'journeys', 'directory'] as const;
export type PageSection = (typeof pageSections)[number];

/** The fields of a page, before the rules that tie them together (pageSchema). */
export const pageFields = z.strictObject({
  /** The page title, in the page's language. Required. */
  title: z.string().min(1),
  /** One or two plain sentences saying what the page is for; used in lists, search and link previews. Required. */
  description: z.string().min(10, expected('sentence')),
  /** The day a person last checked the whole page, YYYY-MM-DD. Required. */
  reviewed: contentDate,
  /** The documents the page's facts come from. Required: at least one. */
  sources,
  /**
   * Where the page sits: `center` (the service center), `help` (contact and feedback), `about` (this site),
   * `directory` (the information the province publishes), `residents` (services residents use most) or
   * `journeys` (step-by-step journeys across procedures). Default `center`.
   */
  section: z.enum(pageSections).default('center'),
  /**
   * How the page is laid out: `article` (default), `home`, `step-by-step`, or a page
   * that adds a generated list after its text: `handbook` (the procedures),
   * `glossary` (the terms), `search` (the search form and results), `whats-new`
   * (recently changed pages), `report` (how to report a problem with a page),
   * `indicators` (the targets and results in `content/indicators.yaml`, as a table and chart) or
   * `translations` (for staff: missing and outdated translations per language), or
   * `offline` (shown when a page is opened with no connection; lists the pages saved on the phone),
   * `journey` (a journey across procedures, from its `journey` field), `service` (a signpost to an official
   * service, from its `service` field), or a list of the pages of a section after the text:
   * `journeys`, `services` (section `residents`) or `directory`.
   */
  view: z
    .enum(['article', 'home', 'step-by-step', 'handbook', 'glossary', 'search', 'whats-new', 'report', 'indicators', 'translations', 'offline', 'journey', 'journeys', 'service', 'services', 'directory'])
    .default('article'),
  /** Position in lists of its section, smallest first. Default 100. */
  order: z.number().int().default(100),
  /** Other words people search with, such as abbreviations or words without tones. Optional. */
  keywords: z.array(z.string().min(1)).default([]),
  /** The steps of a journey across procedures. Required when `view` is `journey`. */
  journey: journeySchema.optional(),
  /** What a service signpost links to and who handles it. Required when `view` is `service`. */
  service: serviceSchema.optional(),
  ...translationFields,
});

/** A general article: the center, how to use it, hotlines, about this site. */
export const pageSchema = pageFields
  .refine((page) => page.view !== 'journey' || page.journey !== undefined, {
    message: expected('journeySteps'),
    path: ['journey'],
  })
  .refine((page) => page.view !== 'service' || page.service !== undefined, {
    message: expected('serviceFields'),
    path: ['service'],
  });

/** A translated page file: everything but the fields it takes from its Vietnamese source (sharedFieldNames). */
export const pageTranslationSchema = pageFields.omit(omitMask(sharedFieldNames.pages));

export type PageData = z.infer<typeof pageSchema>;
