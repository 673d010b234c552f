/**
 * `npm run cms`: the web editor on one machine. Starts the editor's backend
 * (scripts/cms-backend.ts: Decap's file-system backend, confined to content/
 * and public/images/ and answering only the editor's page) and the dev
 * server with the editor at http://localhost:4321/admin/.
 * Ports: CMS_PORT (default 4321) and DECAP_SERVER_PORT (default 8081).
 * GIT_REPO_DIRECTORY: the folder holding content/ (default: here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sitePort = process.env['CMS_PORT'] ?? '4321';
const backendPort = process.env['DECAP_SERVER_PORT'] ?? '8081';
const repository = path.resolve(process.env['GIT_REPO_DIRECTORY'] ?? root);

// The npm-installed Node 24 first, as under `npm run`: Astro needs it.
const searchPath = `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`;

const children: ChildProcess[] = [
  spawn(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'scripts/cms-backend.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: searchPath, DECAP_SERVER_PORT: backendPort, CMS_PORT: sitePort, GIT_REPO_DIRECTORY: repository },
  }),
  spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', sitePort], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: searchPath,
      DECAP_CMS: '1',
      DECAP_SERVER_PORT: backendPort,
      CONTENT_DIR: process.env['CONTENT_DIR'] ?? path.join(repository, 'content'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  }),
];

console.log(`Web editor / Trình soạn thảo: http://localhost:${sitePort}/admin/ (files in ${repository}/content)`);

function stopAll(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
