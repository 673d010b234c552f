/**
 * A stand-in for Astro's `astro:content` in unit tests, as Starlight's tests
 * do: the engine's routes, store and procedure lists run on a few entries
 * written in the test, without a build. Use with
 *
 *   vi.mock('astro:content', () => mockedAstroContent({ pages: [...], procedures: [...] }));
 *
 * Entries need only the fields the code under test reads; ids are
 * `<locale>/<slug>` as the loaders make them.
 */
export interface MockEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

export function mockedAstroContent(collections: Record<string, MockEntry[]>) {
  return {
    getCollection: async (name: string) =>
      (collections[name] ?? []).map((entry) => ({ collection: name, filePath: `content/${name}/${entry.id}.md`, ...entry })),
  };
}

/** A page entry: `view` and `section` default as the schema defaults them. */
export function page(id: string, title: string, data: Record<string, unknown> = {}): MockEntry {
  return { id, data: { title, view: 'article', section: 'center', order: 100, ...data } };
}

/** A procedure entry in a life event. */
export function procedure(id: string, title: string, lifeEvent: string): MockEntry {
  return { id, data: { title, lifeEvent } };
}
