import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorFolders, startCmsBackend } from '../../scripts/cms-backend';
import { decapConfig } from '../../src/integrations/decap/decapConfig';
import { projectRoot } from '../support/buildSite';
import { freeLoopbackPort } from '../support/freeLoopbackPort';

/**
 * `npm run cms`'s backend over a throw-away repository: the editor can still
 * read and write content/ and the media folder, and nothing else — not
 * .github/workflows, not package.json, not through `..` or a symbolic link,
 * and not from another page or host name.
 */

let repository = '';
let backend: Awaited<ReturnType<typeof startCmsBackend>> | undefined;
const editorPort = 4343;

function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  return fetch(`http://127.0.0.1:${backend?.port}/api/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://localhost:${editorPort}`, ...headers },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, json: await response.json().catch(() => null) }));
}

const persistEntry = (file: string, raw = '---\ntitle: x\n---\n') => ({
  action: 'persistEntry',
  params: { branch: 'main', dataFiles: [{ slug: 'x', path: file, raw }], assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'draft' } },
});
const persistMedia = (file: string) => ({
  action: 'persistMedia',
  params: { branch: 'main', asset: { path: file, content: Buffer.from('GIF89a').toString('base64'), encoding: 'base64' }, options: { commitMessage: 'x' } },
});

beforeAll(async () => {
  repository = await mkdtemp(path.join(tmpdir(), 'portal-cms-backend-'));
  await mkdir(path.join(repository, 'content/pages/vi'), { recursive: true });
  await mkdir(path.join(repository, 'public/images'), { recursive: true });
  await mkdir(path.join(repository, '.github/workflows'), { recursive: true });
  await writeFile(path.join(repository, 'content/pages/vi/hotlines.md'), '---\ntitle: Đường dây nóng\n---\n');
  await writeFile(path.join(repository, 'package.json'), '{}\n');
  await symlink(path.join(repository, '.github'), path.join(repository, 'content/escape'));
  backend = await startCmsBackend({ repository, port: 0, editorPort });
});

afterAll(async () => {
  await backend?.close();
  if (repository) await rm(repository, { recursive: true, force: true });
});

describe('the web editor backend', () => {
  test('is confined to the folders the editor configuration uses', () => {
    const config = decapConfig({ localBackend: true });
    expect(editorFolders).toEqual(['content', config.media_folder]);
  });

  test('reads and writes content/ and the media folder', async () => {
    const read = await post({ action: 'getEntry', params: { branch: 'main', path: 'content/pages/vi/hotlines.md' } });
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    expect(JSON.stringify(read.json)).toContain('Đường dây nóng');
    const written = await post(persistEntry('content/pages/vi/new-page.md'));
    expect(written.status, JSON.stringify(written.json)).toBe(200);
    expect(await readFile(path.join(repository, 'content/pages/vi/new-page.md'), 'utf8')).toContain('title: x');
    const media = await post(persistMedia('public/images/photo.gif'));
    expect(media.status, JSON.stringify(media.json)).toBe(200);
    expect(existsSync(path.join(repository, 'public/images/photo.gif'))).toBe(true);
  });

  test.each([
    ['a workflow', persistEntry('.github/workflows/x.yml', 'on: push\n'), '.github/workflows/x.yml'],
    ['a workflow through ..', persistEntry('content/../.github/workflows/y.yml', 'on: push\n'), '.github/workflows/y.yml'],
    ['a workflow through a symbolic link in content/', persistEntry('content/escape/workflows/z.yml', 'on: push\n'), '.github/workflows/z.yml'],
    ['a page renamed out of content/', { ...persistEntry('content/pages/vi/ok.md'), params: { ...persistEntry('content/pages/vi/ok.md').params, dataFiles: [{ slug: 'x', path: 'content/pages/vi/ok.md', newPath: 'src/pages/x.md', raw: 'x' }] } }, 'src/pages/x.md'],
    ['media outside the media folder', persistMedia('public/evil.svg'), 'public/evil.svg'],
    ['media as an asset of an entry', { ...persistEntry('content/pages/vi/a.md'), params: { ...persistEntry('content/pages/vi/a.md').params, assets: [{ path: 'scripts/x.ts', content: 'eA==', encoding: 'base64' }] } }, 'scripts/x.ts'],
    ['an absolute path', persistEntry(path.join(repository, '.github/workflows/abs.yml')), '.github/workflows/abs.yml'],
  ])('refuses to write %s', async (_name, body, written) => {
    const response = await post(body);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.json)).toMatch(/Refused/);
    expect(existsSync(path.join(repository, written))).toBe(false);
  });

  test('refuses to overwrite package.json', async () => {
    expect((await post(persistEntry('package.json', '{"scripts":{"postinstall":"x"}}'))).status).toBe(403);
    expect(await readFile(path.join(repository, 'package.json'), 'utf8')).toBe('{}\n');
  });

  test.each([
    ['read package.json', { action: 'getEntry', params: { branch: 'main', path: 'package.json' } }],
    ['list the repository', { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'yml', depth: 5 } }],
    ['delete package.json', { action: 'deleteFile', params: { branch: 'main', path: 'package.json', options: { commitMessage: 'x' } } }],
    ['delete several files', { action: 'deleteFiles', params: { branch: 'main', paths: ['content/pages/vi/hotlines.md', 'package.json'], options: { commitMessage: 'x' } } }],
    ['an unknown action', { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'x', slug: 'y' } }],
  ])('refuses to %s', async (_name, body) => {
    expect((await post(body)).status).toBe(403);
    expect(existsSync(path.join(repository, 'package.json'))).toBe(true);
    expect(existsSync(path.join(repository, 'content/pages/vi/hotlines.md'))).toBe(true);
  });

  test('answers only the editor page and its own host name', async () => {
    const write = persistEntry('content/pages/vi/from-elsewhere.md');
    expect((await post(write, { origin: 'http://localhost:9999' })).status).toBe(403);
    expect((await post(write, { origin: 'https://attacker.example' })).status).toBe(403);
    // DNS rebinding: attacker.example resolved to 127.0.0.1, same origin for the browser.
    expect((await post(write, { origin: `http://attacker.example:${backend?.port}`, host: `attacker.example:${backend?.port}` })).status).toBe(403);
    expect(existsSync(path.join(repository, 'content/pages/vi/from-elsewhere.md'))).toBe(false);
  });
});

test('runs as `npm run cms` starts it (plain Node, not only under Vite) and refuses a workflow there too', async () => {
  const port = await freeLoopbackPort();
  const child = spawn(path.join(projectRoot, 'node_modules/.bin/node'), ['scripts/cms-backend.ts'], {
    cwd: projectRoot,
    env: { ...process.env, GIT_REPO_DIRECTORY: repository, DECAP_SERVER_PORT: String(port), CMS_PORT: String(editorPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const call = (body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.status);
    let info = 0;
    for (let attempt = 0; attempt < 60 && info !== 200; attempt++) {
      info = await call({ action: 'info' }).catch(() => 0);
      if (info !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(info, output).toBe(200);
    expect(await call(persistEntry('.github/workflows/spawned.yml', 'on: push\n'))).toBe(403);
    expect(existsSync(path.join(repository, '.github/workflows/spawned.yml'))).toBe(false);
  } finally {
    child.kill('SIGTERM');
  }
}, 60_000);
