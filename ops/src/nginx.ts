import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Debian's nginx run unprivileged from a folder, for the ops tests and the benchmark (bench/
 * imports this file), so both run the production template (deploy/nginx/templates) the same way.
 * Starting and stopping the process is left to each caller's own process helper.
 */

/** The production template, relative to the repository root. */
export const MICRO_CACHE_TEMPLATE = 'deploy/nginx/templates/default.conf.template'

/** Debian's nginx, which .ci/run installs (NGINX_BIN picks another). */
export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run installs it).')
}

export const templateVariables = (text: string) => [
  ...new Set([...text.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1])),
]

/**
 * What the nginx image's entrypoint does with /etc/nginx/templates/*.template: ${NAME} for
 * each given variable is replaced, everything else ($host, $upstream_cache_status...) is left
 * for nginx. A variable the template uses but nobody gave is an error, not a silent gap.
 */
export function renderTemplate(text: string, vars: Record<string, string>): string {
  const missing = templateVariables(text).filter((name) => !(name in vars))
  if (missing.length > 0)
    throw new Error(`The nginx template needs ${missing.join(', ')} (add them where it is rendered: ops/src/nginx.ts)`)
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_m, name: string) => vars[name])
}

export type MicroCacheAddresses = {
  /** Where nginx keeps its files: cache, temp folders, logs, pid. */
  dir: string
  port: number
  hopPort: number
  webUpstream: string
  cmsUpstream: string
  /** The TLS terminator whose X-Forwarded-For is believed; by default an address nothing here has. */
  realIpFrom?: string
  /** Who may reach the CMS host name ("all" unless given). */
  cmsAllowFrom?: string
}

/** The template's variables with this machine's addresses (compose gives the container's). */
export function microCacheVariables(o: MicroCacheAddresses): Record<string, string> {
  return {
    NGINX_PORT: `127.0.0.1:${o.port}`,
    NGINX_HOP_PORT: String(o.hopPort),
    NGINX_RESOLVER: '127.0.0.1', // the upstreams are IP addresses: nothing is looked up
    NGINX_CACHE_DIR: path.join(o.dir, 'cache'),
    NGINX_ACCESS_LOG: path.join(o.dir, 'logs/access.log'),
    NGINX_REAL_IP_FROM: o.realIpFrom ?? '192.0.2.1', // TEST-NET-1: no client here is a trusted proxy
    CMS_ALLOW_FROM: o.cmsAllowFrom ?? 'all',
    WEB_UPSTREAM: o.webUpstream,
    CMS_UPSTREAM: o.cmsUpstream,
    WEB_SERVER_NAME: 'localhost 127.0.0.1',
    CMS_SERVER_NAME: 'cms.localhost',
  }
}

export function renderMicroCache(o: MicroCacheAddresses, rootDir: string): string {
  return renderTemplate(fs.readFileSync(path.join(rootDir, MICRO_CACHE_TEMPLATE), 'utf8'), microCacheVariables(o))
}

/**
 * Writes dir/nginx.conf: the same kind of http block the image's nginx.conf has, around `site`
 * (server blocks and what goes with them), with every path under dir so nginx needs no
 * privileges, and checks it with `nginx -t`. Returns the command that runs it in the foreground.
 */
export function prepareNginx(dir: string, site: string): { command: string; args: string[] } {
  for (const d of ['cache', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi', 'logs'])
    fs.mkdirSync(path.join(dir, d), { recursive: true })
  // Run as root (CI, this machine), nginx's workers would switch to "nobody", who cannot enter
  // a private temp folder: they keep the caller's user instead.
  const asRoot = process.getuid?.() === 0
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `daemon off;
${asRoot ? 'user root;' : ''}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
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
${site}
}
`,
  )
  const command = nginxBinary()
  const check = spawnSync(command, ['-t', '-q', '-p', dir, '-c', conf], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx rejected ${conf}:\n${check.stderr}`)
  return { command, args: ['-p', dir, '-c', conf] }
}
