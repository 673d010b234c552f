/**
 * Remembers the result of a content query for the rest of a build, where
 * content cannot change and every page would otherwise repeat the work (with
 * 10,000 pages that repetition dominates the build). In `astro dev` nothing is
 * remembered, so an edited file shows on the next reload.
 */
export function cachedForBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return load();
    cached ??= load();
    return cached;
  };
}

/**
 * `cachedForBuild` for a query that depends on the reader's locale: each
 * locale's result is computed once per build (sorted lists, lookup maps),
 * instead of once per page.
 */
export function cachedPerLocaleForBuild<L extends string, T>(load: (locale: L) => Promise<T>): (locale: L) => Promise<T> {
  const perLocale = new Map<L, () => Promise<T>>();
  return (locale) => {
    let cached = perLocale.get(locale);
    if (!cached) {
      cached = cachedForBuild(() => load(locale));
      perLocale.set(locale, cached);
    }
    return cached();
  };
}
