import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for the website's /api/revalidate on a free port: it records the paths each
 * announcement names and answers as the website does. It also points the CMS at itself, so start
 * it before the CMS's settings are first read (import '../helpers/payload' after it).
 */
export async function startStandInWebsite() {
  const received: string[][] = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      const { paths } = JSON.parse(raw) as { paths: string[] }
      received.push(paths)
      // A fresh connection per request: a pooled one closed while the CMS is busy would reset.
      res
        .writeHead(200, { 'content-type': 'application/json', connection: 'close' })
        .end(JSON.stringify({ revalidated: paths, failed: [] }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.WEB_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  process.env.REVALIDATE_SECRET = 'test-revalidate-secret-0123456789'
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
