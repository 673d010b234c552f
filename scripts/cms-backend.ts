/**
 * The web editor's local backend for `npm run cms`: Decap's own file-system
 * backend (decap-server's middleware, in this process) behind a guard
 * (src/cms/backendGuard.ts) that confines it to content/ and the media folder
 * and answers only the editor's page. Started by scripts/cms.ts; standalone:
 *   GIT_REPO_DIRECTORY=. DECAP_SERVER_PORT=8081 CMS_PORT=4321 node scripts/cms-backend.ts
 */
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';
import { isEditorOrigin, isOwnHost, requestProblem } from '../src/cms/backendGuard.ts';

/** The folders the editor may read and write, relative to the repository. */
export const editorFolders: readonly string[] = ['content', 'public/images'];

export interface CmsBackendOptions {
  /** The repository folder holding content/ and public/. */
  repository: string;
  /** Port of this backend (on 127.0.0.1); 0 picks a free one. */
  port: number;
  /** Port of the site with the editor, the only page that may call the backend. */
  editorPort: number;
  folders?: readonly string[];
}

export async function startCmsBackend(options: CmsBackendOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const repository = path.resolve(options.repository);
  const folders = options.folders ?? editorFolders;
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '20mb' }));
  let port = options.port;
  app.use((req, res, next) => {
    const refuse = (why: string) => {
      console.error(`cms backend: refused ${req.method} ${req.url}: ${why}`);
      res.status(403).json({ error: `Refused: ${why}` });
    };
    if (!isOwnHost(req.headers.host, port)) return refuse(`the host "${req.headers.host ?? ''}" is not this backend`);
    if (!isEditorOrigin(req.headers.origin, options.editorPort)) return refuse(`the page ${req.headers.origin ?? ''} is not the editor`);
    if (req.method === 'OPTIONS') return next();
    if (req.method !== 'POST' || req.path !== '/api/v1') return refuse('only POST /api/v1 is served');
    const problem = requestProblem(req.body, { repository, folders });
    if (problem) return refuse(problem);
    next();
  });
  // decap-server reads its root from GIT_REPO_DIRECTORY when it registers.
  process.env['GIT_REPO_DIRECTORY'] = repository;
  // A CommonJS bundle without types: required, so Node and Vite read it alike.
  const { registerLocalFs } = createRequire(import.meta.url)('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: express.Express, options?: { logLevel?: string }) => Promise<void>;
  };
  await registerLocalFs(app, { logLevel: process.env['LOG_LEVEL'] ?? 'warn' });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(options.port, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (import.meta.main) {
  const backend = await startCmsBackend({
    repository: process.env['GIT_REPO_DIRECTORY'] ?? path.resolve(import.meta.dirname, '..'),
    port: Number(process.env['DECAP_SERVER_PORT'] ?? 8081),
    editorPort: Number(process.env['CMS_PORT'] ?? 4321),
  });
  console.log(`Web editor backend on 127.0.0.1:${backend.port}, confined to ${editorFolders.map((f) => `${f}/`).join(' and ')}`);
  const stop = () => void backend.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
