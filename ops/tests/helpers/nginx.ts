import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { nginxTemplate } from './paths'
import { start, waitForHttp, type Started } from './processes'

/** Debian's nginx, which .ci/run installs. */
export function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run installs it).')
}

export const templateVariables = (text: string) => [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]))]

/**
 * What the nginx image's entrypoint does with /etc/nginx/templates/*.template: ${NAME} for
 * each given variable is replaced, everything else ($host, $upstream_cache_status...) is left
 * for nginx. A variable the template uses but nobody gave is an error here, not a silent gap.
 */
export function renderTemplate(text: string, vars: Record<string, string>): string {
  const missing = templateVariables(text).filter((name) => !(name in vars))
  if (missing.length > 0) throw new Error(`The nginx template needs ${missing.join(', ')}`)
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_m, name: string) => vars[name])
}

/**
 * Runs deploy/nginx/templates/default.conf.template (the file compose mounts) inside the same
 * kind of http block the image's nginx.conf has, with every path under dir so nginx needs no
 * privileges here.
 */
export async function startNginx(dir: string, vars: Record<string, string>, probe: string): Promise<Started> {
  for (const d of ['cache', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi', 'logs']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  // Run as root (CI, this machine), nginx's workers would switch to "nobody", who cannot enter
  // a private temp folder: they keep the test's user instead.
  const asRoot = process.getuid?.() === 0
  const site = path.join(dir, 'default.conf')
  fs.writeFileSync(site, renderTemplate(fs.readFileSync(nginxTemplate, 'utf8'), { ...vars, NGINX_CACHE_DIR: path.join(dir, 'cache') }))
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `daemon off;
${asRoot ? 'user root;' : ''}
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/logs/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  sendfile on;
  keepalive_timeout 65;
  include ${site};
}
`,
  )
  const bin = nginxBinary()
  const check = spawnSync(bin, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx rejected the rendered config:\n${check.stderr}`)
  const server = start('nginx', bin, ['-p', dir, '-c', conf], { cwd: dir, env: { PATH: process.env.PATH }, log: path.join(dir, 'logs/stdout.log') })
  await waitForHttp(server, probe, 15_000)
  return server
}
