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
