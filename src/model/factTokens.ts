/**
 * Facts are written once in `content/facts.yaml` and referred to from text as
 * `{{fact-id}}` (the fact itself: a link for addresses, phones and e-mail) or
 * `{{fact-id.name}}` (its name in the reader's language). A token is found
 * inside a text value (a text node of the Markdown tree, a field's text),
 * never across markup.
 */

/** Matches `{{id}}` and `{{id.name}}`; ids are lower-case words joined by hyphens. */
export const factTokenPattern = /\{\{\s*([a-z0-9]+(?:-[a-z0-9]+)*)(\.name)?\s*\}\}/g;

/** Every fact id a text refers to. */
export function factIdsIn(text: string): string[] {
  return [...text.matchAll(factTokenPattern)].map((m) => m[1]!);
}
