import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freeLoopbackPort } from '../support/freeLoopbackPort';

/**
 * The staff web editor: `npm run cms` over a temporary copy of the content,
 * open /admin/, change a procedure's field, publish, and the Markdown file on
 * disk has changed. Starts its own dev server and decap-server (the editor is
 * not part of the built site), so it is slow: one test, generous time limits.
 */

const root = path.resolve(import.meta.dirname, '../..');
// Free ports of their own, picked when the test starts: never another checkout's servers.
let sitePort = 0;
let backendPort = 0;

let repository = '';
let cms: ChildProcess | undefined;

test.describe.configure({ timeout: 900_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sitePort = await freeLoopbackPort();
  do backendPort = await freeLoopbackPort();
  while (backendPort === sitePort);
  repository = await mkdtemp(path.join(tmpdir(), 'portal-cms-'));
  await cp(path.join(root, 'content'), path.join(repository, 'content'), { recursive: true });
  cms = spawn(path.join(root, 'node_modules/.bin/node'), ['scripts/cms.ts'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
    env: {
      ...process.env,
      GIT_REPO_DIRECTORY: repository,
      CMS_PORT: String(sitePort),
      DECAP_SERVER_PORT: String(backendPort),
    },
  });
  // Wait until both servers answer.
  for (let attempt = 0; attempt < 240; attempt++) {
    const ready = await Promise.all([
      fetch(`http://127.0.0.1:${sitePort}/admin/config.yml`).then((r) => r.ok, () => false),
      fetch(`http://127.0.0.1:${backendPort}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      }).then((r) => r.ok, () => false),
    ]);
    if (ready.every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('npm run cms did not start');
});

test.afterAll(async () => {
  // cms.ts stops both servers when it is stopped; it leads its own process group.
  if (cms?.pid) process.kill(-cms.pid, 'SIGTERM');
  if (repository) await rm(repository, { recursive: true, force: true });
});

test('editing a procedure in /admin/ changes its Markdown file on disk', async ({ page }) => {
  // The first visit bundles the editor (tens of MB from npm): minutes on a busy machine.
  page.setDefaultTimeout(480_000);
  const file = path.join(repository, 'content/procedures/vi/work-permit.md');
  const before = await readFile(file, 'utf8');
  const newAudience = 'Người nước ngoài làm việc tại tỉnh (sửa trong trình soạn thảo).';

  await page.goto(`http://127.0.0.1:${sitePort}/admin/`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`http://127.0.0.1:${sitePort}/admin/#/collections/procedures-vi/entries/work-permit`);
  const audience = page.getByLabel('audience', { exact: true });
  await audience.waitFor();
  await expect(audience).not.toHaveValue('');
  await audience.fill(newAudience);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();

  await expect.poll(() => readFile(file, 'utf8'), { timeout: 60_000 }).toContain(`audience: ${newAudience}`);
  const after = await readFile(file, 'utf8');
  expect(after).not.toBe(before);
  expect(after).toMatch(/^reviewed: 2\d{3}-\d{2}-\d{2}$/m);
});
