import fs from 'node:fs'
import path from 'node:path'

import { type MicroCacheAddresses, MICRO_CACHE_TEMPLATE, prepareNginx, renderMicroCache } from '../../ops/src/nginx'
import { rootDir } from './config'
import { startProcess, waitForHttp, type Server } from './servers'

/** nginx from ops/src/nginx.ts (shared with the ops tests), as one of the bench's servers. */
async function startNginx(name: string, dir: string, site: string, probeUrl: string): Promise<Server> {
  const { command, args } = prepareNginx(dir, site)
  const server = startProcess(name, command, args, { cwd: dir, env: {}, log: path.join(dir, 'logs/stdout.log') })
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
  const site = `
  server {
    listen 127.0.0.1:${port};
    root ${www};
    types { text/html html; }
    default_type text/html;
    location / { try_files $uri.html $uri =404; }
  }
`
  return startNginx('nginx-static', dir, site, `http://127.0.0.1:${port}/${Object.keys(pages)[0]}`)
}

/** The production micro-cache template (deploy/nginx/templates), the very file compose mounts. */
export const microCacheConfig = () => path.join(rootDir, MICRO_CACHE_TEMPLATE)

/** nginx with the micro-cache template, with the bench's addresses, starting from an empty cache. */
export async function startMicroCacheNginx(o: MicroCacheAddresses, probePath: string): Promise<Server> {
  fs.rmSync(path.join(o.dir, 'cache'), { recursive: true, force: true })
  return startNginx('nginx-microcache', o.dir, renderMicroCache(o, rootDir), `http://127.0.0.1:${o.port}${probePath}`)
}
