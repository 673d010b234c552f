/**
 * `npm run cms`: the web editor on one machine. Starts decap-server (Decap's
 * local backend, which reads and writes files in this repository) and the
 * dev server with the editor at http://localhost:4321/admin/.
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
  spawn(path.join(root, 'node_modules/.bin/decap-server'), [], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: searchPath, PORT: backendPort, MODE: 'fs', GIT_REPO_DIRECTORY: repository, BIND_HOST: '127.0.0.1' },
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
