import path from 'node:path'

import { type MicroCacheAddresses, prepareNginx, renderMicroCache } from '../../src/nginx'
import { root } from './paths'
import { start, waitForHttp, type Started } from './processes'

export { templateVariables } from '../../src/nginx'

/** nginx running the production template (what compose mounts), with this machine's addresses, once `probe` answers. */
export async function startNginx(o: MicroCacheAddresses, probe: string): Promise<Started> {
  const { command, args } = prepareNginx(o.dir, renderMicroCache(o, root))
  const server = start('nginx', command, args, {
    cwd: o.dir,
    env: { PATH: process.env.PATH },
    log: path.join(o.dir, 'logs/stdout.log'),
  })
  await waitForHttp(server, probe, 15_000)
  return server
}
