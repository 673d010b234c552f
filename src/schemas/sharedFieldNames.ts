/**
 * The fields that are the same in every language, per collection: written
 * once, in the Vietnamese file. A translation carries only what it
 * translates and takes these from its source, so one edit (a new online
 * address, a new source) changes every language at once.
 *
 * For a page: where it sits and how it is laid out, and for a service
 * signpost, the service. For a procedure: its official Vietnamese name and
 * code, its life event, where to submit, the online entry, the law and the
 * sources.
 *
 * No imports: the translation scripts read this list in plain Node.
 */
export const sharedFieldNames = {
  pages: ['section', 'view', 'order', 'service'],
  procedures: ['officialName', 'code', 'lifeEvent', 'submitTo', 'agencyUnconfirmed', 'online', 'legalBasis', 'related', 'glossary', 'sources'],
  glossary: [],
} as const satisfies Record<'pages' | 'procedures' | 'glossary', readonly string[]>;

/** The mask zod's `.omit()` takes to leave `names` out of a schema. */
export function omitMask<const Names extends readonly string[]>(names: Names): Record<Names[number], true> {
  return Object.fromEntries(names.map((name) => [name, true])) as Record<Names[number], true>;
}
