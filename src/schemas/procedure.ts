import { z } from 'astro/zod';
import { contentDate, sources, translationFields } from './common';
import { expected } from './expected';
import { omitMask, sharedFieldNames } from './sharedFieldNames';

/** The life events the foreigners' handbook is grouped by. */
export const lifeEvents = [
  'arriving-and-staying',
  'working',
  'family',
  'studying',
  'business-and-investment',
  'vehicles-and-driving',
  'leaving',
  'documents-and-certification',
] as const;

/** One document the reader must bring. */
export const requiredDocument = z.strictObject({
  /** The document's name in the page's language. Required. */
  name: z.string().min(1),
  /** The document's official name in Vietnamese, shown to the officer. Required. */
  nameVi: z.string().min(1),
  /** Whether to bring the original, a copy, a certified copy, or either. Required. */
  form: z.enum(['original', 'copy', 'certified-copy', 'original-or-copy']),
  /** How many to bring. Default 1. */
  count: z.number().int().positive().default(1),
  /** Anything else the reader must know about this document. Optional. */
  note: z.string().optional(),
});

/** A procedure of the foreigners' handbook. */
export const procedureSchema = z.strictObject({
  /** The procedure's name in the page's language. Required. */
  title: z.string().min(1),
  /** The official Vietnamese name, as listed in the national procedure database. Required. */
  officialName: z.string().min(1),
  /** The national procedure code (mã thủ tục), for example "1.001234". Optional: only from the official listing. */
  code: z.string().regex(/^\d\.\d{6}$/, expected('procedureCode')).optional(),
  /** One or two plain sentences: what the procedure gets the reader. Required. */
  description: z.string().min(10, expected('sentence')),
  /** Who the procedure is for, in one sentence. Required. */
  audience: z.string().min(1),
  /** The life event it belongs to; groups the handbook index. Required. */
  lifeEvent: z.enum(lifeEvents),
  /** What to bring. Required: at least one document. */
  documents: z.array(requiredDocument).min(1, expected('oneDocument')),
  /** What to do, in order, one plain sentence each. Required: at least one step. */
  steps: z.array(z.string().min(1)).min(1, expected('oneStep')),
  /** Where to submit: the id of an `agency` fact in content/facts.yaml. Required. */
  submitTo: z.string().min(1),
  /**
   * True when the 2025 reorganisations may have moved the procedure to another
   * agency and no source confirms the current one; the page then asks the reader
   * to check the official listing first. Default false.
   */
  agencyUnconfirmed: z.boolean().default(false),
  /** Where exactly to go, or other ways to submit (post, online), in plain words. Optional. */
  whereNote: z.string().optional(),
  /** Whether it can be done online. Required. */
  online: z.strictObject({
    /**
     * `full` (entirely online), `partial` (submit online, collect in person), `none`
     * (in person only) or `unknown` (no source says; the page sends the reader to the
     * official listing). Required.
     */
    level: z.enum(['full', 'partial', 'none', 'unknown']),
    /** The procedure's page on the official portal, https. Optional. */
    url: z.url({ protocol: /^https$/, error: expected('httpsAddress') }).optional(),
  }),
  /** The legal time limit, in plain words, for example "5 working days". Optional: only from a source. */
  processingTime: z.string().optional(),
  /** The fee, in plain words, for example "free" or "145 USD". Optional: only from a source. */
  fee: z.string().optional(),
  /** What the reader receives at the end. Optional: only from a source. */
  result: z.string().optional(),
  /** Laws and decrees the procedure rests on. Optional: only from a source. */
  legalBasis: z.array(z.string().min(1)).optional(),
  /** Slugs of related procedures. Optional. */
  related: z.array(z.string()).default([]),
  /** Ids of glossary terms the page uses. Optional. */
  glossary: z.array(z.string()).default([]),
  /** Other words people search with, such as "TRC" or words without tones. Optional. */
  keywords: z.array(z.string().min(1)).default([]),
  /** The documents the facts on this page come from. Required: at least one. */
  sources,
  /** The day a person last checked the page against its sources, YYYY-MM-DD. Required. */
  reviewed: contentDate,
  ...translationFields,
});

/** A translated procedure file: everything but the fields it takes from its Vietnamese source (sharedFieldNames). */
export const procedureTranslationSchema = procedureSchema.omit(omitMask(sharedFieldNames.procedures));

export type ProcedureData = z.infer<typeof procedureSchema>;
export type LifeEvent = (typeof lifeEvents)[number];
