/**
 * Where the content lives. `CONTENT_DIR` lets tests and the benchmark build
 * the engine over another content tree (a temporary copy, a generated corpus)
 * without touching `content/`.
 */
export const contentRoot: string = process.env['CONTENT_DIR'] ?? './content';
