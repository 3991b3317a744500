import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The reference for "what Next.js does at best on this machine": one force-static page of any
 * size, served from Next's page cache by `next start`, configured like the website.
 */
export default {
  poweredByHeader: false,
  experimental: {
    // Like the website in the benchmark (WEB_CACHE_ON_DISK=false): pages cached in memory, each
    // rendered in this process. A page read back from an earlier run's files would mean this
    // server never renders, so Node's AsyncLocalStorage hooks (switched on by the first render,
    // then paid on every promise) never start: ~0.15 ms less per request than any real server.
    isrFlushToDisk: false,
  },
  outputFileTracingRoot: path.join(dirname, '../..'),
}
