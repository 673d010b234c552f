import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { decapConfig } from './decapConfig';

/**
 * The web editor for staff (Decap CMS) at /admin/, served by the dev server
 * only: it is never part of the published site, so public pages keep their
 * strict Content-Security-Policy and readers never download the editor.
 * `npm run cms` starts the dev server (with DECAP_CMS=1, which enables this)
 * together with decap-server, the local backend that writes the edited files
 * straight into content/.
 */

const adminPage = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Sửa nội dung / Edit content</title>
  </head>
  <body>
    <script type="module" src="/src/integrations/decap/adminApp.ts"></script>
  </body>
</html>
`;

export function decapAdmin(options: { enabled: boolean; backendPort: number }): AstroIntegration {
  if (!options.enabled) return { name: 'decap-admin', hooks: {} };
  return {
    name: 'decap-admin',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        // Bundle the editor's CommonJS dependencies before the first visit, not during it.
        updateConfig({ vite: { optimizeDeps: { include: ['decap-cms-app'] } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0];
          if (path === '/admin') {
            response.statusCode = 301;
            response.setHeader('location', '/admin/');
            response.end();
          } else if (path === '/admin/' || path === '/admin/index.html') {
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(adminPage);
          } else if (path === '/admin/config.yml') {
            const config = decapConfig({ localBackend: true });
            const withPort = { ...config, local_backend: { url: `http://127.0.0.1:${options.backendPort}/api/v1` } };
            response.setHeader('content-type', 'text/yaml; charset=utf-8');
            response.end(stringify(withPort));
          } else {
            next();
          }
        });
      },
    },
  };
}
