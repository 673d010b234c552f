/**
 * Splits a rendered Markdown page into its introduction and its steps: each
 * `## ` heading starts a step. Authors write plain Markdown; the
 * step-by-step view numbers and styles the steps.
 */
export interface GuideStep {
  /** The heading's id, for links to the step. */
  id: string;
  /** The heading's inner HTML. */
  titleHtml: string;
  /** Everything after the heading, up to the next step. */
  bodyHtml: string;
}

export interface StepByStepGuide {
  introHtml: string;
  steps: GuideStep[];
}

const stepHeading = /^<h2(?:\s+id="([^"]*)")?[^>]*>([\s\S]*?)<\/h2>/;

export function splitIntoSteps(html: string): StepByStepGuide {
  const parts = html.split(/(?=<h2[\s>])/);
  const introHtml = parts[0]?.startsWith('<h2') ? '' : (parts.shift() ?? '');
  const steps = parts.map((part, index) => {
    const match = stepHeading.exec(part);
    if (!match) return { id: `step-${index + 1}`, titleHtml: '', bodyHtml: part };
    return { id: match[1] || `step-${index + 1}`, titleHtml: match[2]!.trim(), bodyHtml: part.slice(match[0].length) };
  });
  return { introHtml, steps };
}
