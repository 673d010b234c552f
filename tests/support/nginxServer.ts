import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { projectRoot } from './buildSite';

export { freeLoopbackPort } from './freeLoopbackPort';

/** Debian's nginx, or one on the PATH; undefined when none is installed. */
export function installedNginx(): string | undefined {
  const onPath = (process.env['PATH'] ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx'));
  return ['/usr/sbin/nginx', ...onPath].find((file) => existsSync(file));
}


export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** The body exactly as sent, still compressed if it was. */
  readonly body: Buffer;
  /** Every header line as sent, names lower-cased, so a header sent twice shows twice. */
  readonly headerLines: readonly [string, string][];
}

/** One GET with exactly the given headers; nothing is decompressed or followed. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      const headerLines: [string, string][] = [];
      for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headerLines.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), headerLines }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** nginx started by `npm run serve:nginx` over a built site. */
export interface RunningNginx {
  readonly origin: string;
  /** Everything the script and nginx printed, for failure messages. */
  output(): string;
  /** Stops nginx and the script (their whole process group) and waits until they are gone. */
  stop(): Promise<void>;
}

/**
 * Starts scripts/serve-nginx.ts (the same as `npm run serve:nginx -- --port N`)
 * over `dist` and resolves once nginx answers. It runs in its own process
 * group, so stop() ends nginx's master and workers too.
 */
export async function startNginx(dist: string, port: number): Promise<RunningNginx> {
  const child: ChildProcess = spawn(
    path.join(projectRoot, 'node_modules/.bin/node'),
    [path.join(projectRoot, 'scripts/serve-nginx.ts'), '--port', String(port), '--dist', dist],
    { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const group = -child.pid;
    process.kill(group, 'SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      process.kill(group, 'SIGKILL');
      await exited;
    }
  };

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve:nginx exited with ${child.exitCode}:\n${output}`);
    try {
      await rawGet(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not answer on ${origin} within 20 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { origin, output: () => output, stop };
}
