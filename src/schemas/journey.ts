import { z } from 'astro/zod';
import { expected } from './expected';

/**
 * A journey across several procedures (GOV.UK's "step by step"): the
 * `journey` field of a page whose view is `journey`. Each step is a handbook
 * procedure, named by its slug, or a step done elsewhere (an embassy), named
 * in words. Unknown procedure slugs fail the content check and the build.
 */
export const journeyStep = z
  .object({
    /** The slug of the handbook procedure this step is, a file name in content/procedures/vi/ without `.md`. Optional when `title` is given. */
    procedure: z.string().min(1).optional(),
    /** Another procedure that can be done instead, for example `work-permit-exemption` instead of `work-permit`. Optional. */
    alternative: z.string().min(1).optional(),
    /** The step's name, for a step that is not a handbook procedure (for example "Get a new passport from your embassy"). Optional with `procedure`. */
    title: z.string().min(1).optional(),
    /** What this step needs from the earlier steps, or what to bring, in one or two plain sentences. Required. */
    needs: z.string().min(1),
  })
  .refine((step) => step.procedure !== undefined || step.title !== undefined, {
    message: expected('stepTarget'),
    path: ['procedure'],
  });

/** The journey itself. */
export const journeySchema = z.strictObject({
  /** The steps in the order a reader does them. Required: at least two. */
  steps: z.array(journeyStep).min(2, expected('twoSteps')),
});

export type JourneyStep = z.infer<typeof journeyStep>;
export type Journey = z.infer<typeof journeySchema>;
