import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreatePreviewServer } from 'astro';
import { preview } from 'vite';
import { notFoundPageFile } from '../../routing/notFoundPage.ts';

/**
 * The static server behind `astro preview` (see previewNotFound.ts): Vite's
 * preview of the built folder, as Astro's own, except that an unknown address
 * gets the 404 page of its language, with status 404.
 */
const createPreviewServer: CreatePreviewServer = async ({ outDir, host, port, headers, allowedHosts, logger, root: projectRoot }) => {
  const root = fileURLToPath(outDir);
  const server = await preview({
    configFile: false,
    appType: 'mpa',
    root: fileURLToPath(projectRoot),
    build: { outDir: root },
    preview: { host: host ?? '127.0.0.1', port, strictPort: true, ...(headers ? { headers } : {}), ...(allowedHosts ? { allowedHosts } : {}) },
    plugins: [
      {
        name: 'portal:not-found-page',
        configurePreviewServer(server) {
          // Returned hooks run after the static files and the HTML fallback (which
          // rewrites /en/hotlines/ to /en/hotlines/index.html), before Vite's own 404.
          return () => {
            server.middlewares.use((req, res, next) => {
              const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
              if (pathname.endsWith('.html') && existsSync(path.join(root, pathname))) return next();
              const file = notFoundPageFile(pathname, (f) => existsSync(path.join(root, f)));
              res.statusCode = 404;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(readFileSync(path.join(root, file)));
            });
          };
        },
      },
    ],
  });
  const address = server.httpServer.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  logger.info(`Preview: http://${host ?? '127.0.0.1'}:${actualPort}/ (each language's own 404 page)`);
  return {
    host: host ?? '127.0.0.1',
    port: actualPort,
    closed: () =>
      new Promise<void>((resolve, reject) => {
        server.httpServer.once('close', () => resolve());
        server.httpServer.once('error', reject);
      }),
    stop: () => server.close(),
  };
};

export default createPreviewServer;
