/**
 * Where the content lives. `CONTENT_DIR` lets tests and the benchmark build
 * the engine over another content tree (a temporary copy, a generated corpus)
 * without touching `content/`.
 */
export const contentRoot: string = process.env['CONTENT_DIR'] ?? './content';

/** The folder published as it is, next to the built pages. `PUBLIC_DIR` lets tests check another one. */
export const publicRoot: string = process.env['PUBLIC_DIR'] ?? './public';
