import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { rootDir } from './config'
import { startProcess, waitForHttp, type Server } from './servers'

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() : null
}

/** Temp paths and a pid file inside dir, so nginx runs unprivileged settings beside the bench's data. */
function mainContext(dir: string) {
  for (const d of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi', 'logs']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  return `
worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
`
}

function httpCommon(dir: string) {
  return `
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 100000;
`
}

async function startNginx(name: string, dir: string, conf: string, probeUrl: string): Promise<Server> {
  const bin = nginxBinary()
  if (!bin) throw new Error('nginx is not installed: apt-get install -y nginx (the CI script installs it).')
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(file, conf)
  const check = spawnSync(bin, ['-t', '-q', '-p', dir, '-c', file], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx rejected ${file}:\n${check.stderr}`)
  const server = startProcess(name, bin, ['-p', dir, '-c', file], { cwd: dir, env: {}, log: path.join(dir, 'logs/stdout.log') })
  await waitForHttp(server, probeUrl, 20_000)
  return server
}

/**
 * The ceiling: nginx sending the website's own HTML bytes, saved as files, with nothing
 * computed per request. Each page is served at /<name>.
 */
export async function startStaticNginx(dir: string, port: number, pages: Record<string, Buffer>): Promise<Server> {
  const www = path.join(dir, 'www')
  fs.rmSync(www, { recursive: true, force: true })
  fs.mkdirSync(www, { recursive: true })
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(www, `${name}.html`), html)
  const conf = `${mainContext(dir)}
http {
${httpCommon(dir)}
  types { text/html html; }
  default_type text/html;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / { try_files $uri.html $uri =404; }
  }
}
`
  return startNginx('nginx-static', dir, conf, `http://127.0.0.1:${port}/${Object.keys(pages)[0]}`)
}

export const MICRO_CACHE_TEMPLATE = 'deploy/nginx/templates/default.conf.template'

/**
 * The production micro-cache, when the production-stack work has put its nginx config under
 * deploy/: that very file is used (not a copy). Returns null when there is none.
 */
export function findMicroCacheConfig(): string | null {
  const full = path.join(rootDir, MICRO_CACHE_TEMPLATE)
  return fs.existsSync(full) ? full : null
}

export type MicroCacheOptions = { dir: string; port: number; hopPort: number; webUpstream: string; cmsUpstream: string }

/**
 * Fills in the template's ${VARIABLES} as the nginx image's envsubst does in the container,
 * with the bench's addresses. A variable the bench does not know stops the run, so a changed
 * template is noticed rather than measured half-configured.
 */
export function renderMicroCacheConfig(source: string, o: MicroCacheOptions): string {
  const vars: Record<string, string> = {
    NGINX_PORT: `127.0.0.1:${o.port}`,
    NGINX_HOP_PORT: String(o.hopPort), // the template's loopback hop that stamps page expiry
    NGINX_RESOLVER: '127.0.0.1', // the upstreams are IP addresses: nothing is looked up
    NGINX_CACHE_DIR: path.join(o.dir, 'cache'),
    WEB_UPSTREAM: o.webUpstream,
    CMS_UPSTREAM: o.cmsUpstream,
    WEB_SERVER_NAME: 'localhost 127.0.0.1',
    CMS_SERVER_NAME: 'cms.localhost',
  }
  const unknown = new Set<string>()
  const conf = fs.readFileSync(source, 'utf8').replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (_m, name: string) => {
    if (!(name in vars)) unknown.add(name)
    return vars[name] ?? ''
  })
  if (unknown.size) throw new Error(`${source} uses variables the benchmark does not fill in: ${[...unknown].join(', ')} (add them in bench/src/nginx.ts)`)
  return conf
}

/** nginx with the micro-cache template as its server configuration (it is written to sit inside http {}). */
export async function startMicroCacheNginx(source: string, o: MicroCacheOptions, probePath: string): Promise<Server> {
  fs.rmSync(path.join(o.dir, 'cache'), { recursive: true, force: true })
  fs.mkdirSync(path.join(o.dir, 'cache'), { recursive: true })
  fs.chmodSync(path.join(o.dir, 'cache'), 0o777) // written by nginx's workers, which run as another user
  const conf = `${mainContext(o.dir)}
http {
${httpCommon(o.dir)}
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
${renderMicroCacheConfig(source, o)}
}
`
  return startNginx('nginx-microcache', o.dir, conf, `http://127.0.0.1:${o.port}${probePath}`)
}
