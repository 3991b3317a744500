import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The reference for "what Next.js does at best on this machine": one force-static page of any
 * size, served from Next's page cache by `next start`, configured like the website.
 */
export default {
  poweredByHeader: false,
  outputFileTracingRoot: path.join(dirname, '../..'),
}
