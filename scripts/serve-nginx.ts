/**
 * `npm run serve:nginx -- --port N`: serves the built site (OUT_DIR, default
 * ./dist) with Debian's nginx and the shipped configuration
 * (deploy/nginx/site.conf) on http://127.0.0.1:N/, in the foreground, until
 * Ctrl+C. Everything nginx writes (its configuration, pid, logs, temporary
 * files) goes to a fresh folder under the system's temp folder, removed on
 * exit; the system's nginx configuration is never read or changed, except
 * its list of file types (/etc/nginx/mime.types).
 *
 * Options: --port N (default 8080), --dist DIR (default OUT_DIR or ./dist),
 * --nginx PATH (default /usr/sbin/nginx, else `nginx` on PATH).
 *
 * The script and style hashes come from `<dist>-server/csp.conf`, which
 * `npm run build` writes beside the build. A build without it (the preview
 * artifact of a pull request holds only the published folder) gets one made
 * here from its pages, into the temporary folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxCspInclude, serverConfigDir, siteHashes } from './nginx-csp.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const siteConf = path.join(projectRoot, 'deploy', 'nginx', 'site.conf');
/** Where Debian's brotli_static module lives once libnginx-mod-http-brotli-static is installed. */
const brotliStaticModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxServeOptions {
  readonly port: number;
  /** Absolute path of the built site. */
  readonly dist: string;
  /** Folder for nginx's pid, logs and temporary files. */
  readonly runDir: string;
  /** The build's script and style hashes for the header (scripts/nginx-csp.ts). */
  readonly cspConf: string;
}

/** The whole nginx.conf: a minimal frame around the shipped site configuration. */
export function nginxConf({ port, dist, runDir, cspConf }: NginxServeOptions): string {
  const brotli = existsSync(brotliStaticModule);
  const runAsRoot = process.getuid?.() === 0;
  return `# Written by scripts/serve-nginx.ts for a local run; removed on exit.
${brotli ? `load_module ${brotliStaticModule};` : ''}
${runAsRoot ? `user ${userInfo().username};` : ''}
worker_processes 1;
pid ${runDir}/nginx.pid;
error_log stderr warn;

events {
    worker_connections 256;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log ${runDir}/access.log;
    client_body_temp_path ${runDir}/client_body;
    proxy_temp_path ${runDir}/proxy;
    fastcgi_temp_path ${runDir}/fastcgi;
    uwsgi_temp_path ${runDir}/uwsgi;
    scgi_temp_path ${runDir}/scgi;

    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${dist};
        # The script and style hashes of this build (scripts/nginx-csp.ts).
        include ${cspConf};
        include ${siteConf};
        ${brotli ? 'brotli_static on;' : ''}
    }
}
`;
}

/** /usr/sbin/nginx (Debian), else whatever `nginx` the PATH finds. */
function defaultNginx(): string {
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      dist: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' },
      nginx: { type: 'string', default: defaultNginx() },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`serve:nginx: --port must be a number from 1 to 65535, not "${values.port}"`);
    process.exit(2);
  }
  const dist = path.resolve(values.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`serve:nginx: ${path.join(dist, 'index.html')} is missing; build the site first: npm run build`);
    process.exit(1);
  }

  const runDir = mkdtempSync(path.join(tmpdir(), 'serve-nginx-'));
  let cspConf = path.join(serverConfigDir(dist), 'csp.conf');
  if (!existsSync(cspConf)) {
    cspConf = path.join(runDir, 'csp.conf');
    try {
      writeFileSync(cspConf, nginxCspInclude(siteHashes(dist)));
    } catch (error) {
      console.error(`serve:nginx: cannot read the pages' policies in ${dist}: ${(error as Error).message}`);
      rmSync(runDir, { recursive: true, force: true });
      process.exit(1);
    }
    console.log(`serve:nginx: no ${path.join(serverConfigDir(dist), 'csp.conf')}; using hashes read from the pages of ${dist}`);
  }
  const confFile = path.join(runDir, 'nginx.conf');
  writeFileSync(confFile, nginxConf({ port, dist, runDir, cspConf }));

  const nginx = spawn(values.nginx, ['-e', 'stderr', '-p', runDir, '-c', confFile, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  console.log(`serve:nginx: ${dist} at http://127.0.0.1:${port}/ (nginx ${values.nginx}, files in ${runDir}); Ctrl+C stops`);

  const cleanUp = (): void => rmSync(runDir, { recursive: true, force: true });
  const stop = (): void => {
    // TERM: nginx's fast shutdown; it exits with its workers.
    if (nginx.exitCode === null) nginx.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  nginx.on('error', (error) => {
    console.error(`serve:nginx: cannot start ${values.nginx}: ${error.message} (on Debian: apt-get install nginx)`);
    cleanUp();
    process.exit(1);
  });
  nginx.on('exit', (code, signal) => {
    cleanUp();
    process.exit(signal === 'SIGTERM' ? 0 : (code ?? 1));
  });
}
