import { type Locale, localeConfig } from '../i18n/locales';
import { pageUrl } from '../routing/urls';
import type { JourneyStep } from '../schemas/journey';
import { type ProcedureLink, getProcedureLinks } from './procedures';
import { getTranslatedEntries } from './store';

/**
 * Journeys across procedures: pages whose view is `journey`. A journey's
 * steps come from the reader's translation when there is one (its `needs`
 * text is in that language), else from the Vietnamese source.
 */

/** One step, with the procedure (and alternative) it links to, in the reader's language. */
export interface JourneyStepView extends JourneyStep {
  procedureLink: ProcedureLink | undefined;
  alternativeLink: ProcedureLink | undefined;
}

export interface JourneyView {
  slug: string;
  url: string;
  title: string;
  /** The `lang` of the title when it is the Vietnamese fallback. */
  lang: string | undefined;
  steps: JourneyStepView[];
}

export async function getJourneys(locale: Locale): Promise<JourneyView[]> {
  const [pages, procedures] = await Promise.all([getTranslatedEntries('pages'), getProcedureLinks(locale)]);
  const bySlug = new Map(procedures.map((p) => [p.slug, p]));
  return pages
    .filter((group) => group.source.data.view === 'journey')
    .map((group) => {
      const own = group.translations[locale];
      const entry = own ?? group.source;
      const steps = (entry.data.journey?.steps ?? []).map((step) => ({
        ...step,
        procedureLink: step.procedure === undefined ? undefined : bySlug.get(step.procedure),
        alternativeLink: step.alternative === undefined ? undefined : bySlug.get(step.alternative),
      }));
      return {
        slug: group.slug,
        url: pageUrl(locale, group.slug),
        title: entry.data.title,
        lang: own ? undefined : localeConfig(entry.id.split('/')[0] as Locale).lang,
        steps,
        order: group.source.data.order,
      };
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
    .map(({ order: _order, ...journey }) => journey);
}

/** Where a procedure sits in a journey: the step number and the steps before and after it. */
export interface JourneyPlace {
  journey: JourneyView;
  /** 1-based step number. */
  step: number;
  previous: JourneyStepView | undefined;
  next: JourneyStepView | undefined;
}

/** Every journey a procedure is a step of (as the step or its alternative), in journey order. */
export async function getJourneyPlaces(procedureSlug: string, locale: Locale): Promise<JourneyPlace[]> {
  const journeys = await getJourneys(locale);
  return journeys.flatMap((journey) => {
    const index = journey.steps.findIndex((s) => s.procedure === procedureSlug || s.alternative === procedureSlug);
    if (index === -1) return [];
    return [{ journey, step: index + 1, previous: journey.steps[index - 1], next: journey.steps[index + 1] }];
  });
}
