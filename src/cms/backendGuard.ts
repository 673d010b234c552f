import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * What the web editor's local backend may touch. decap-server alone reads,
 * writes and deletes anywhere under its root (the whole repository, so
 * `.github/workflows/…` too), and answers any page on localhost. The backend
 * of `npm run cms` (scripts/cms-backend.ts) asks this module first, for every
 * request: only the editor's own page may call it, only by its own host name
 * (no DNS rebinding), only Decap's known actions, and every path must lie
 * inside content/ or the media folder — also after following symbolic links.
 */

/** Decap's local-backend actions the editor uses (simple publish mode). */
const knownActions: ReadonlySet<string> = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'persistEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);

/** The keys under which Decap's requests carry repository paths. */
const pathKeys: ReadonlySet<string> = new Set(['path', 'newPath', 'folder', 'mediaFolder', 'paths']);

/** Every repository path a request names, wherever in its params it is. */
export function pathsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return pathKeys.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => pathsIn(item, key === 'paths' ? 'paths' : ''));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => pathsIn(v, k));
  }
  return [];
}

/** The real path of `target`, or of its deepest existing folder plus the rest. */
function realPathOf(target: string): string {
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...missing);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return target;
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface GuardOptions {
  /** The repository folder the backend serves. */
  repository: string;
  /** Folders inside it the editor may use, relative: `content`, `public/images`. */
  folders: readonly string[];
}

/** Why a repository path is refused, or undefined when it is inside an allowed folder. */
export function pathProblem(requested: string, { repository, folders }: GuardOptions): string | undefined {
  if (requested.includes('\0')) return 'the path holds a NUL character';
  const posix = requested.replaceAll('\\', '/');
  if (posix.startsWith('/') || /^[a-z]:/i.test(posix)) return `"${requested}" is an absolute path`;
  if (posix.split('/').includes('..')) return `"${requested}" climbs out of its folder (..)`;
  const target = realPathOf(path.resolve(repository, posix));
  const allowed = folders.map((folder) => realPathOf(path.resolve(repository, folder)));
  if (!allowed.some((folder) => isInside(folder, target))) {
    return `"${requested}" is outside ${folders.map((f) => `${f}/`).join(' and ')}`;
  }
  return undefined;
}

/** Why a request body is refused, or undefined when the backend may act on it. */
export function requestProblem(body: unknown, options: GuardOptions): string | undefined {
  if (body === null || typeof body !== 'object') return 'the request is not a JSON object';
  const { action, params } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || !knownActions.has(action)) return `the action ${JSON.stringify(action)} is not one the editor uses`;
  for (const requested of pathsIn(params)) {
    const problem = pathProblem(requested, options);
    if (problem) return problem;
  }
  return undefined;
}

/** Whether a request's Host header names this backend itself (not another name rebound to 127.0.0.1). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/** Whether a request's Origin is the editor's page (an absent Origin is a program, not a web page). */
export function isEditorOrigin(origin: string | undefined, editorPort: number): boolean {
  if (origin === undefined) return true;
  return [`http://127.0.0.1:${editorPort}`, `http://localhost:${editorPort}`, `http://[::1]:${editorPort}`].includes(origin);
}
